package org.complaintgateway.mappings.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.meta.MetaFixtures.IDENTITY;
import static org.complaintgateway.mappings.meta.MetaFixtures.WHATSAPP;
import static org.complaintgateway.mappings.meta.MetaFixtures.content;
import static org.complaintgateway.mappings.meta.MetaFixtures.events;
import static org.complaintgateway.mappings.meta.MetaFixtures.journaled;
import static org.complaintgateway.mappings.meta.MetaFixtures.map;
import static org.complaintgateway.mappings.meta.MetaFixtures.mapped;
import static org.complaintgateway.mappings.meta.MetaFixtures.valid;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.complaintgateway.mappings.InboundEvent;
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
 * A journaled WhatsApp Cloud API event becomes a complaint that validates against the schema (text, media, place,
 * shared contacts, the chosen reply of a button or list), is ignored with a reason (statuses of our own messages,
 * reactions and other types that carry no words), or is quarantined with a reason that quotes nothing of it. One
 * context per kind of payload, each with its fixture in the shape Meta documents.
 */
class WhatsAppMapperTest {

    private static final Customer ANA = new Customer("Ana Example", null, "+15550000002", null, null, "15550000002");
    /** The fixtures' message timestamp, 1772446530, plus the 24-hour customer service window. */
    private static final Instant WINDOW_END = Instant.parse("2026-03-03T10:15:30Z");

    @Nested
    class Text {

        @Test
        void textMessageBecomesAComplaintAnsweredInTheSameChat() {
            Complaint complaint = mapped("whatsapp/message-text.json", WHATSAPP);

            assertThat(complaint.id()).isEqualTo(IDENTITY.complaintId());
            assertThat(complaint.protocolNumber()).isEqualTo("RC-2026-000042");
            assertThat(complaint.receivedAt()).isEqualTo(IDENTITY.receivedAt());
            assertThat(complaint.channel()).isEqualTo(new ChannelRef(ChannelType.WHATSAPP, "wa", "wamid.FAKE-TEXT-0001",
                    "whatsapp:100000000000001:15550000002"));
            assertThat(complaint.customer()).isEqualTo(ANA);
            assertThat(complaint.subject()).isNull();
            assertThat(complaint.replyHint())
                    .isEqualTo(new ReplyHint.WhatsApp("wa", "15550000002", "100000000000001", WINDOW_END));
            assertThat(complaint.attachments()).isEmpty();
            assertThat(complaint.flags()).isEmpty();
            assertThat(complaint.location()).isNull();
        }

        @Test
        void lineEndsBecomeNewlinesAndControlCharactersGo() {
            assertThat(mapped("whatsapp/message-text.json", WHATSAPP).text())
                    .isEqualTo("My kettle from order 4711 stopped working after one day.\nPlease replace it.");
        }

        @Test
        void mappingIsPure() {
            byte[] raw = journaled("whatsapp/message-image.json", WHATSAPP);

            assertThat(MetaMapper.map(raw, IDENTITY, WHATSAPP)).isEqualTo(MetaMapper.map(raw, IDENTITY, WHATSAPP));
        }

        @Test
        void eachOfTwoMessagesInOneDeliveryIsItsOwnComplaintWithItsOwnSender() {
            List<InboundEvent> events = events("whatsapp/delivery-two-messages.json", WHATSAPP);

            List<Complaint> complaints = events.stream()
                    .map(event -> valid(MetaMapper.map(event.raw(), IDENTITY, WHATSAPP))).toList();

            assertThat(complaints).extracting(Complaint::text)
                    .containsExactly("The kettle leaks.", "My parcel never arrived.");
            assertThat(complaints).extracting(Complaint::customer).containsExactly(ANA,
                    new Customer("Tomás Ejemplo", null, "+15550000003", null, null, "15550000003"));
        }

        @Test
        void senderWithoutContactsEntryHasNoName() {
            String delivery = new String(MetaFixtures.delivery("whatsapp/message-text.json"), StandardCharsets.UTF_8)
                    .replace("\"wa_id\": \"15550000002\"", "\"wa_id\": \"15550000999\"");
            byte[] raw = MetaDeliveries.split(delivery.getBytes(StandardCharsets.UTF_8), WHATSAPP).get(0).raw();

            Complaint complaint = valid(MetaMapper.map(raw, IDENTITY, WHATSAPP));

            assertThat(complaint.customer()).isEqualTo(new Customer(null, null, "+15550000002", null, null, "15550000002"));
        }
    }

    @Nested
    class Media {

        @Test
        void imageCaptionIsTheTextAndTheDownloadedImageTheAttachment() {
            Complaint complaint = mapped("whatsapp/message-image.json", WHATSAPP);

            assertThat(complaint.text()).isEqualTo("The lid broke off like this.");
            assertThat(complaint.attachments()).containsExactly(
                    Attachment.inline("image-900000000000001.jpg", "image/jpeg", content("900000000000001")));
            assertThat(complaint.flags()).isEmpty();
        }

        @Test
        void documentKeepsItsFileName() {
            Complaint complaint = mapped("whatsapp/message-document.json", WHATSAPP);

            assertThat(complaint.text()).isEqualTo("Here is the invoice.");
            assertThat(complaint.attachments()).containsExactly(
                    Attachment.inline("invoice-4711.pdf", "application/pdf", content("900000000000002")));
        }

        @Test
        void voiceNoteWithoutCaptionSaysSoInTheTextAndDropsTheCodecParameter() {
            Complaint complaint = mapped("whatsapp/message-audio-voice.json", WHATSAPP);

            assertThat(complaint.text()).isEqualTo("(voice message)");
            assertThat(complaint.attachments()).containsExactly(
                    Attachment.inline("audio-900000000000003.ogg", "audio/ogg", content("900000000000003")));
        }

        @Test
        void videoWithoutCaptionHasAPlaceholderText() {
            Complaint complaint = mapped("whatsapp/message-video.json", WHATSAPP);

            assertThat(complaint.text()).isEqualTo("(video)");
            assertThat(complaint.attachments()).containsExactly(
                    Attachment.inline("video-900000000000004.mp4", "video/mp4", content("900000000000004")));
        }

        @Test
        void stickerIsAttachedWithAPlaceholderText() {
            Complaint complaint = mapped("whatsapp/message-sticker.json", WHATSAPP);

            assertThat(complaint.text()).isEqualTo("(sticker)");
            assertThat(complaint.attachments()).containsExactly(
                    Attachment.inline("sticker-900000000000005.webp", "image/webp", content("900000000000005")));
        }
    }

    @Nested
    class SharedLocation {

        @Test
        void locationIsThePlaceAndALineOfText() {
            Complaint complaint = mapped("whatsapp/message-location.json", WHATSAPP);

            assertThat(complaint.location())
                    .isEqualTo(new Location(52.520008, 13.404954, "Example Store", "1 Example Street, Berlin"));
            assertThat(complaint.text())
                    .isEqualTo("Location: Example Store, 1 Example Street, Berlin (52.520008, 13.404954)");
        }
    }

    @Nested
    class SharedContacts {

        @Test
        void eachSharedContactIsALineWithItsNameAndPhones() {
            Complaint complaint = mapped("whatsapp/message-contacts.json", WHATSAPP);

            assertThat(complaint.text()).isEqualTo(
                    "Contact: Ben Example, +1 555 0101, +1 555 0102\nContact: Courier Example, +1 555 0103");
            // A shared contact is someone else: the customer stays the sender.
            assertThat(complaint.customer()).isEqualTo(ANA);
        }
    }

    @Nested
    class Replies {

        @Test
        void replyButtonIsItsTitle() {
            assertThat(mapped("whatsapp/message-interactive-button-reply.json", WHATSAPP).text())
                    .isEqualTo("I want a refund");
        }

        @Test
        void listReplyIsItsTitleAndDescription() {
            assertThat(mapped("whatsapp/message-interactive-list-reply.json", WHATSAPP).text())
                    .isEqualTo("Product broken\nIt arrived damaged or stopped working");
        }

        @Test
        void templateQuickReplyButtonIsItsText() {
            assertThat(mapped("whatsapp/message-button.json", WHATSAPP).text()).isEqualTo("Talk to an agent");
        }
    }

    @Nested
    class Ignored {

        @ParameterizedTest
        @CsvSource({
            "whatsapp/status-sent.json, status: sent",
            "whatsapp/status-delivered.json, status: delivered",
            "whatsapp/status-read.json, status: read",
            "whatsapp/status-failed.json, status: failed (Re-engagement message)",
            "whatsapp/message-reaction.json, unsupported-type: reaction"
        })
        void isIgnoredWithItsReason(String fixture, String reason) {
            assertThat(map(fixture, WHATSAPP)).isEqualTo(new MappingResult.Ignored(reason));
        }

        @Test
        void blankTextHasNoContent() {
            byte[] raw = event("{\"from\":\"15550000002\",\"id\":\"wamid.FAKE-BLANK\",\"timestamp\":\"1772446530\","
                    + "\"type\":\"text\",\"text\":{\"body\":\" \\u0000 \"}}");

            assertThat(MetaMapper.map(raw, IDENTITY, WHATSAPP)).isEqualTo(new MappingResult.Ignored("no-content"));
        }

        @Test
        void interactiveFlowReplyIsUnsupported() {
            byte[] raw = event("{\"from\":\"15550000002\",\"id\":\"wamid.FAKE-FLOW\",\"timestamp\":\"1772446530\","
                    + "\"type\":\"interactive\",\"interactive\":{\"type\":\"nfm_reply\",\"nfm_reply\":{}}}");

            assertThat(MetaMapper.map(raw, IDENTITY, WHATSAPP))
                    .isEqualTo(new MappingResult.Ignored("unsupported-type: interactive.nfm_reply"));
        }
    }

    @Nested
    class Unreadable {

        @Test
        void messageWithoutSenderIsQuarantinedNamingTheField() {
            byte[] raw = event("{\"id\":\"wamid.FAKE-NO-FROM\",\"type\":\"text\",\"text\":{\"body\":\"Ana's words\"}}");

            assertThat(MetaMapper.map(raw, IDENTITY, WHATSAPP))
                    .isEqualTo(new MappingResult.Quarantined("unreadable whatsapp event: message.from missing"));
        }

        @Test
        void locationWithoutCoordinatesIsQuarantined() {
            byte[] raw = event("{\"from\":\"15550000002\",\"id\":\"wamid.FAKE-LOC\",\"type\":\"location\","
                    + "\"location\":{\"name\":\"Example Store\"}}");

            assertThat(MetaMapper.map(raw, IDENTITY, WHATSAPP)).isEqualTo(new MappingResult.Quarantined(
                    "unreadable whatsapp event: message.location without numeric latitude and longitude"));
        }

        @Test
        void whatsAppDeliveryOnAMessengerChannelIsQuarantined() {
            byte[] raw = events("whatsapp/message-text.json", MetaFixtures.MESSENGER).get(0).raw();

            assertThat(MetaMapper.map(raw, IDENTITY, MetaFixtures.MESSENGER)).isEqualTo(
                    new MappingResult.Quarantined("object 'whatsapp_business_account' delivered to a messenger channel"));
        }
    }

    /** The event of a delivery of Ana's with {@code message} as its one message. */
    private static byte[] event(String message) {
        String delivery = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"100000000000099\",\"changes\":"
                + "[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":"
                + "{\"display_phone_number\":\"15550000001\",\"phone_number_id\":\"100000000000001\"},"
                + "\"contacts\":[{\"profile\":{\"name\":\"Ana Example\"},\"wa_id\":\"15550000002\"}],"
                + "\"messages\":[" + message + "]}}]}]}";
        List<InboundEvent> events = MetaDeliveries.split(delivery.getBytes(StandardCharsets.UTF_8), WHATSAPP);
        assertThat(events).hasSize(1);
        return events.get(0).raw();
    }
}
