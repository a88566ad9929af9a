package org.complaintgateway.mappings.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.meta.MetaFixtures.IDENTITY;
import static org.complaintgateway.mappings.meta.MetaFixtures.INSTAGRAM;
import static org.complaintgateway.mappings.meta.MetaFixtures.MESSENGER;
import static org.complaintgateway.mappings.meta.MetaFixtures.complaintOf;
import static org.complaintgateway.mappings.meta.MetaFixtures.map;
import static org.complaintgateway.mappings.meta.MetaFixtures.mapped;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.Location;
import org.complaintgateway.mappings.model.ReplyHint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A journaled Messenger or Instagram {@code messaging[]} item becomes a complaint (text, attachments by reference),
 * or is ignored with its kind: our own page's messages (echoes), read and delivery receipts, reactions, postbacks.
 * Both products send the same shape; the complaint differs in its channel and reply hint only.
 */
class MessagingMapperTest {

    /** The fixtures' timestamp, 1772446530123 ms, plus the 24-hour standard messaging window. */
    private static final Instant WINDOW_END = Instant.parse("2026-03-03T10:15:30.123Z");

    @Nested
    class Messenger {

        @Test
        void textMessageBecomesAComplaintAnsweredOnThePage() {
            Complaint complaint = mapped("messenger/message-text.json", MESSENGER);

            assertThat(complaint.receivedAt()).isEqualTo(IDENTITY.receivedAt());
            assertThat(complaint.channel()).isEqualTo(new ChannelRef(ChannelType.MESSENGER, "fb", "m_FAKE-TEXT-0001",
                    "messenger:100000000000010:2000000000000001"));
            assertThat(complaint.customer()).isEqualTo(new Customer(null, null, null, null, null, "2000000000000001"));
            assertThat(complaint.text()).isEqualTo("My order 4711 arrived broken.");
            assertThat(complaint.replyHint()).isEqualTo(
                    new ReplyHint.Messenger("fb", "2000000000000001", "100000000000010", WINDOW_END));
            assertThat(complaint.attachments()).isEmpty();
        }

        @Test
        void imageIsAttachedByItsUrlWithAPlaceholderText() {
            Complaint complaint = mapped("messenger/message-image.json", MESSENGER);

            assertThat(complaint.text()).isEqualTo("(image)");
            assertThat(complaint.attachments()).containsExactly(new Attachment("image-1.jpg", "image/jpeg", null, null, null,
                    "https://scontent.example.com/v/t1.15752-9/fake_broken_kettle_n.jpg?stp=dst-jpg&oh=fake-oh&oe=fake-oe"));
        }

        @Test
        void sharedLocationIsThePlace() {
            byte[] raw = event("page", "{\"sender\":{\"id\":\"2000000000000001\"},\"recipient\":{\"id\":\"100000000000010\"},"
                    + "\"timestamp\":1772446530123,\"message\":{\"mid\":\"m_FAKE-LOC\",\"attachments\":[{\"type\":\"location\","
                    + "\"title\":\"Example Store\",\"payload\":{\"coordinates\":{\"lat\":52.520008,\"long\":13.404954}}}]}}");

            Complaint complaint = MetaFixtures.valid(MetaMapper.map(raw, IDENTITY, MESSENGER));

            assertThat(complaint.location()).isEqualTo(new Location(52.520008, 13.404954, "Example Store", null));
            assertThat(complaint.text()).isEqualTo("Location: Example Store (52.520008, 13.404954)");
        }

        @ParameterizedTest
        @CsvSource({
            "messenger/message-echo.json, echo",
            "messenger/read.json, read",
            "messenger/delivery.json, delivery"
        })
        void isIgnoredWithItsKind(String fixture, String reason) {
            assertThat(map(fixture, MESSENGER)).isEqualTo(new MappingResult.Ignored(reason));
        }

        @Test
        void reactionIsAnUnsupportedType() {
            byte[] raw = event("page", "{\"sender\":{\"id\":\"2000000000000001\"},\"recipient\":{\"id\":\"100000000000010\"},"
                    + "\"timestamp\":1772446530123,\"reaction\":{\"mid\":\"m_FAKE-ECHO-0001\",\"action\":\"react\",\"emoji\":\"x\"}}");

            assertThat(MetaMapper.map(raw, IDENTITY, MESSENGER))
                    .isEqualTo(new MappingResult.Ignored("unsupported-type: reaction"));
        }

        @Test
        void postbackIsAnUnsupportedType() {
            byte[] raw = event("page", "{\"sender\":{\"id\":\"2000000000000001\"},\"recipient\":{\"id\":\"100000000000010\"},"
                    + "\"timestamp\":1772446530123,\"postback\":{\"title\":\"Get Started\",\"payload\":\"START\"}}");

            assertThat(MetaMapper.map(raw, IDENTITY, MESSENGER))
                    .isEqualTo(new MappingResult.Ignored("unsupported-type: postback"));
        }

        @Test
        void messageWithoutSenderIsQuarantinedNamingTheField() {
            byte[] raw = event("page", "{\"recipient\":{\"id\":\"100000000000010\"},\"message\":{\"mid\":\"m_FAKE\",\"text\":\"words\"}}");

            assertThat(MetaMapper.map(raw, IDENTITY, MESSENGER))
                    .isEqualTo(new MappingResult.Quarantined("unreadable messenger event: sender.id missing"));
        }
    }

    @Nested
    class Instagram {

        @Test
        void textMessageBecomesAComplaintAnsweredOnInstagram() {
            Complaint complaint = mapped("instagram/message-text.json", INSTAGRAM);

            assertThat(complaint.channel()).isEqualTo(new ChannelRef(ChannelType.INSTAGRAM, "ig",
                    "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOkZBS0UtVEVYVC0wMDAx",
                    "instagram:17841400000000001:3000000000000001"));
            assertThat(complaint.customer()).isEqualTo(new Customer(null, null, null, null, null, "3000000000000001"));
            assertThat(complaint.text()).isEqualTo("The jacket I ordered has a torn sleeve.");
            assertThat(complaint.replyHint()).isEqualTo(
                    new ReplyHint.Instagram("ig", "3000000000000001", "17841400000000001", WINDOW_END));
        }

        @Test
        void imageWithTextKeepsTheTextAndRefersToTheImage() {
            Complaint complaint = complaintOf(map("instagram/message-image.json", INSTAGRAM));

            assertThat(complaint.text()).isEqualTo("Look at the sleeve.");
            assertThat(complaint.attachments()).containsExactly(new Attachment("image-1", "application/octet-stream", null,
                    null, null, "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=fake-asset-0001&signature=fake-signature"));
        }

        @Test
        void echoOfOurOwnAccountIsIgnored() {
            assertThat(map("instagram/message-echo.json", INSTAGRAM)).isEqualTo(new MappingResult.Ignored("echo"));
        }

        @Test
        void instagramDeliveryOnAMessengerChannelIsQuarantined() {
            byte[] raw = MetaFixtures.events("instagram/message-text.json", MESSENGER).get(0).raw();

            assertThat(MetaMapper.map(raw, IDENTITY, MESSENGER))
                    .isEqualTo(new MappingResult.Quarantined("object 'instagram' delivered to a messenger channel"));
        }
    }

    private static byte[] event(String object, String item) {
        String delivery = "{\"object\":\"" + object + "\",\"entry\":[{\"id\":\"100000000000010\",\"time\":1772446530500,"
                + "\"messaging\":[" + item + "]}]}";
        return MetaDeliveries.split(delivery.getBytes(StandardCharsets.UTF_8), MESSENGER).get(0).raw();
    }
}
