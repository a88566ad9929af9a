package org.complaintgateway.mappings.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.complaintgateway.mappings.Fixtures;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.InboundEvent;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.Sha256;
import org.complaintgateway.mappings.json.ComplaintJson;
import org.complaintgateway.mappings.json.ComplaintSchema;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.ReplyHint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A generic webhook's JSON body becomes one complaint through the channel's JSON Pointers, keyed by the source's id so
 * that a resent request is a duplicate. A body that is not JSON, has no id or no text is quarantined with the reason
 * and the pointer, never with what the body says. The example is a review site's "review created" callback.
 */
class WebhookMapperTest {

    private static final Identity IDENTITY = new Identity(
            "01950f3c-8e2a-7b41-9c3d-2f6a8b1e4d57", "RC-2026-000042", Instant.parse("2026-03-02T10:20:00Z"));
    private static final WebhookMappingSettings REVIEWS = new WebhookMappingSettings("reviews", "/review/id",
            "/review/body", "/review/author/name", "/review/author/email", "/review/author/phone", "/review/title",
            "/review/url");

    @Nested
    class Events {

        @Test
        void aRequestIsJournaledAsReceivedKeyedByTheSourcesId() {
            byte[] body = body("review-created.json");

            InboundEvent event = WebhookMapper.event(body, REVIEWS);

            assertThat(event.externalKey()).isEqualTo("rv-2026-0302-0042");
            assertThat(event.dedupeKey()).isEqualTo("id:rv-2026-0302-0042");
            assertThat(event.raw()).isEqualTo(body);
        }

        @Test
        void aNumericIdIsWrittenAsJsonWritesIt() {
            assertThat(WebhookMapper.event(body("review-numeric-id.json"), REVIEWS).dedupeKey()).isEqualTo("id:90210042");
            assertThat(WebhookMapper.event(json("{\"review\": {\"id\": 2.5}}"), REVIEWS).externalKey()).isEqualTo("2.5");
        }

        @Test
        void theSameIdResentInOtherWordsHasTheSameKey() {
            byte[] resent = json("{\"review\": {\"body\": \"edited later\", \"id\": \"rv-2026-0302-0042\"}}");

            assertThat(WebhookMapper.event(resent, REVIEWS).dedupeKey())
                    .isEqualTo(WebhookMapper.event(body("review-created.json"), REVIEWS).dedupeKey());
        }

        @Test
        void aBodyWithoutIdIsKeyedByItsHash() {
            byte[] body = body("review-without-id.json");

            InboundEvent event = WebhookMapper.event(body, REVIEWS);

            assertThat(event.externalKey()).isNull();
            assertThat(event.dedupeKey()).isEqualTo("body:" + Sha256.hex(body));
        }

        @Test
        void aBodyThatIsNotJsonIsStillOneEventKeyedByItsHash() {
            byte[] body = body("review-malformed.json");

            InboundEvent event = WebhookMapper.event(body, REVIEWS);

            assertThat(event.externalKey()).isNull();
            assertThat(event.dedupeKey()).isEqualTo("body:" + Sha256.hex(body));
            assertThat(event.raw()).isEqualTo(body);
        }

        @Test
        void noBodyAtAllIsAnEmptyEvent() {
            assertThat(WebhookMapper.event(null, REVIEWS).dedupeKey()).isEqualTo("body:" + Sha256.hex(new byte[0]));
        }
    }

    @Nested
    class Mapping {

        @Test
        void theExampleIsMappedWithEveryField() {
            Complaint complaint = mapped(body("review-created.json"), REVIEWS);

            assertThat(complaint.id()).isEqualTo(IDENTITY.complaintId());
            assertThat(complaint.protocolNumber()).isEqualTo("RC-2026-000042");
            assertThat(complaint.receivedAt()).isEqualTo(IDENTITY.receivedAt());
            assertThat(complaint.channel()).isEqualTo(new ChannelRef(ChannelType.WEBHOOK, "reviews", "rv-2026-0302-0042", null));
            assertThat(complaint.customer()).isEqualTo(new Customer("Ana Example", "ana@example.com", "+1 555 0100", null, null));
            assertThat(complaint.subject()).isEqualTo("Kettle broke after one day");
            assertThat(complaint.text())
                    .isEqualTo("The kettle I bought (order 4711) stopped heating after one day.\nThe lid is loose too.");
            assertThat(complaint.replyHint())
                    .isEqualTo(new ReplyHint.Webhook("reviews", "https://reviews.example.com/r/rv-2026-0302-0042"));
            assertThat(complaint.attachments()).isEmpty();
            assertThat(complaint.flags()).isEmpty();
        }

        @Test
        void whatTheBodyDoesNotHoldIsLeftOut() {
            Complaint complaint = mapped(body("review-numeric-id.json"), REVIEWS);

            assertThat(complaint.channel().externalId()).isEqualTo("90210042");
            assertThat(complaint.customer()).isEqualTo(new Customer("Ana Example", null, null, null, null));
            assertThat(complaint.replyHint()).isEqualTo(new ReplyHint.Webhook("reviews", null));
        }

        @Test
        void fieldsWithoutPointerAreLeftOut() {
            WebhookMappingSettings idAndTextOnly =
                    new WebhookMappingSettings("reviews", "/review/id", "/review/body", null, null, null, null, null);

            Complaint complaint = mapped(body("review-created.json"), idAndTextOnly);

            assertThat(complaint.customer()).isEqualTo(new Customer(null, null, null, null, null));
            assertThat(complaint.subject()).isNull();
            assertThat(complaint.replyHint()).isEqualTo(new ReplyHint.Webhook("reviews", null));
        }

        @Test
        void htmlTextBecomesPlainTextAndIsFlagged() {
            Complaint complaint = mapped(body("review-html-body.json"), REVIEWS);

            assertThat(complaint.text()).isEqualTo("The kettle leaks.\n\nPlease call me back.");
            assertThat(complaint.flags()).containsExactly("htmlConverted");
        }

        @Test
        void aLineSeparatorWrittenAsAnHtmlEntityEndsALine() {
            byte[] raw = ("{\"review\":{\"id\":\"r-1\",\"body\":\"<p>The kettle leaks.&#x2028;Since Monday.</p>\"}}")
                    .getBytes(StandardCharsets.UTF_8);

            assertThat(mapped(raw, REVIEWS).text()).isEqualTo("The kettle leaks.\nSince Monday.");
        }

        @Test
        void anEmailThatIsNoAddressIsLeftOut() {
            assertThat(mapped(body("review-html-body.json"), REVIEWS).customer().email()).isNull();
        }

        @Test
        void aNumberWhereAStringWasExpectedIsItsText() {
            byte[] body = json("{\"review\": {\"id\": \"r1\", \"body\": \"Call me\", \"author\": {\"phone\": 15550000001}}}");

            assertThat(mapped(body, REVIEWS).customer().phone()).isEqualTo("15550000001");
        }

        @Test
        void mappingIsPure() {
            byte[] body = body("review-created.json");

            assertThat(mapped(body, REVIEWS)).isEqualTo(mapped(body, REVIEWS));
        }
    }

    @Nested
    class Quarantine {

        @Test
        void aBodyThatIsNotJsonIsQuarantinedByPosition() {
            MappingResult result = WebhookMapper.map(body("review-malformed.json"), IDENTITY, REVIEWS);

            assertThat(result).isInstanceOf(MappingResult.Quarantined.class);
            assertThat(((MappingResult.Quarantined) result).reason())
                    .startsWith("not JSON: malformed JSON at line 1").doesNotContain("cut off");
        }

        @Test
        void anEmptyBodyIsQuarantined() {
            assertThat(WebhookMapper.map(new byte[0], IDENTITY, REVIEWS))
                    .isEqualTo(new MappingResult.Quarantined("not JSON: empty body"));
        }

        @Test
        void aBodyWithoutIdIsQuarantinedWithThePointer() {
            assertThat(WebhookMapper.map(body("review-without-id.json"), IDENTITY, REVIEWS))
                    .isEqualTo(new MappingResult.Quarantined("no external id at /review/id"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"null", "\"  \"", "true", "{\"value\": 1}", "[\"r1\"]"})
        void anIdThatIsNoStringOrNumberIsNoId(String id) {
            byte[] body = json("{\"review\": {\"id\": " + id + ", \"body\": \"The kettle leaks.\"}}");

            assertThat(WebhookMapper.map(body, IDENTITY, REVIEWS))
                    .isEqualTo(new MappingResult.Quarantined("no external id at /review/id"));
            assertThat(WebhookMapper.event(body, REVIEWS).dedupeKey()).isEqualTo("body:" + Sha256.hex(body));
        }

        @Test
        void aBodyWithoutTextIsQuarantinedWithThePointer() {
            assertThat(WebhookMapper.map(body("review-without-text.json"), IDENTITY, REVIEWS))
                    .isEqualTo(new MappingResult.Quarantined("no text at /review/body"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"\"", "\" \\n\\t \"", "\"<p> </p>\"", "\"\\u0000\\u0007\"", "{\"html\": \"x\"}"})
        void textWithNothingToReadIsNoText(String text) {
            byte[] body = json("{\"review\": {\"id\": \"r1\", \"body\": " + text + "}}");

            assertThat(WebhookMapper.map(body, IDENTITY, REVIEWS))
                    .isEqualTo(new MappingResult.Quarantined("no text at /review/body"));
        }

        @Test
        void jsonThatIsNoObjectHasNoId() {
            assertThat(WebhookMapper.map(json("[1, 2]"), IDENTITY, REVIEWS))
                    .isEqualTo(new MappingResult.Quarantined("no external id at /review/id"));
        }

        @Test
        void noIdentityIsAFailedMappingNotAnException() {
            assertThat(WebhookMapper.map(body("review-created.json"), null, REVIEWS))
                    .isEqualTo(new MappingResult.Quarantined("mapping failed: NullPointerException"));
        }
    }

    @Nested
    class Settings {

        @Test
        void aPointerThatIsNoneIsRefusedNamingTheField() {
            assertThatThrownBy(() -> new WebhookMappingSettings("reviews", "/review/id", "/review/body", "review/name",
                    null, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("customerName: not a JSON Pointer");
        }

        @Test
        void idAndTextPointersAreRequired() {
            assertThatThrownBy(() -> new WebhookMappingSettings("reviews", null, "/review/body", null, null, null, null, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("externalId");
        }
    }

    private static byte[] body(String fixture) {
        return Fixtures.bytes("webhook/" + fixture);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Complaint mapped(byte[] body, WebhookMappingSettings settings) {
        MappingResult result = WebhookMapper.map(body, IDENTITY, settings);
        assertThat(result).isInstanceOf(MappingResult.Mapped.class);
        Complaint complaint = ((MappingResult.Mapped) result).complaint();
        assertThat(ComplaintSchema.validate(ComplaintJson.toBytes(complaint))).isEmpty();
        return complaint;
    }
}
