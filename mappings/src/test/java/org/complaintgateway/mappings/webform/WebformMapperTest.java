package org.complaintgateway.mappings.webform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.complaintgateway.mappings.Fixtures;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.json.ComplaintJson;
import org.complaintgateway.mappings.json.ComplaintSchema;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.ReplyHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A journaled web form submission becomes a complaint that validates against the schema; a filled-in honeypot or a
 * form sent faster than the minimum fill time is ignored; an unreadable or invalid payload is quarantined.
 */
class WebformMapperTest {

    private static final Identity IDENTITY = new Identity(
            "01950f3c-8e2a-7b41-9c3d-2f6a8b1e4d57", "RC-2026-000042", Instant.parse("2026-03-02T10:15:30Z"));
    private static final String CHANNEL = "site-form";
    private static final Duration MIN_FILL_TIME = Duration.ofSeconds(3);

    @Test
    void mapsPlainSubmission() {
        Complaint complaint = mapped("journal-plain.json");

        assertThat(complaint.schemaVersion()).isEqualTo("1");
        assertThat(complaint.id()).isEqualTo(IDENTITY.complaintId());
        assertThat(complaint.protocolNumber()).isEqualTo("RC-2026-000042");
        assertThat(complaint.receivedAt()).isEqualTo(IDENTITY.receivedAt());
        assertThat(complaint.channel()).isEqualTo(new ChannelRef(ChannelType.WEBFORM, CHANNEL, IDENTITY.complaintId(), null));
        assertThat(complaint.customer()).isEqualTo(new Customer("Jane Example", "jane@example.com", "+1 555 0100", null, "en"));
        assertThat(complaint.subject()).isEqualTo("Parcel never arrived");
        assertThat(complaint.text()).isEqualTo("I ordered a kettle on 2 March.\nTracking says delivered, but nothing came.");
        assertThat(complaint.language()).isEqualTo("en");
        assertThat(complaint.attachments()).isEmpty();
        assertThat(complaint.replyHint()).isEqualTo(new ReplyHint.Webform(CHANNEL, "jane@example.com", "+1 555 0100"));
        assertThat(complaint.flags()).isEmpty();
    }

    @Test
    void mapsAttachmentWithSizeAndSha256() {
        Complaint complaint = mapped("journal-with-attachment.json");

        assertThat(complaint.attachments()).containsExactly(new Attachment("invoice.txt", "text/plain", 41L,
                "288a96207efe0d081a6d76e1ae1cf3093e4750ab9dff0c5c2c47011d7d1c5b9f",
                "SW52b2ljZSBSQy0yMDI2LTAwMDA0MTogYW1vdW50IDk5LjAwIEVVUgo=", null));
    }

    @Test
    void attachmentWithoutContentTypeIsOctetStream() {
        WebformSubmission s = new WebformSubmission("Jane Example", "jane@example.com", null, "Refund", "See file.", null,
                new UploadedFile("a.bin", null, new byte[] {1}), null, null);

        Complaint complaint = mapped(WebformJson.toBytes(s));

        assertThat(complaint.attachments()).singleElement().extracting(Attachment::contentType).isEqualTo("application/octet-stream");
    }

    @Test
    void htmlMessageBecomesPlainTextAndIsFlagged() {
        Complaint complaint = mapped("journal-html-message.json");

        assertThat(complaint.text()).isEqualTo("The lid broke on day one.\n\nPlease replace it.\nThanks");
        assertThat(complaint.flags()).containsExactly("htmlConverted");
    }

    @Test
    void languageIsLowerCased() {
        assertThat(mapped("journal-html-message.json").language()).isEqualTo("en");
    }

    @Test
    void filledInHoneypotIsIgnored() {
        assertThat(map("journal-honeypot-filled.json")).isEqualTo(new MappingResult.Ignored("honeypot"));
    }

    @Test
    void formSentFasterThanMinimumFillTimeIsIgnored() {
        assertThat(map("journal-filled-too-fast.json"))
                .isEqualTo(new MappingResult.Ignored("honeypot: form filled in 1.2 s, minimum 3 s"));
    }

    @Test
    void formWithoutABelievableRenderTimeIsIgnored() {
        assertThat(map("journal-render-time-missing.json"))
                .isEqualTo(new MappingResult.Ignored("honeypot: the form's render time is missing or in the future"));
    }

    @Test
    void zeroMinimumFillTimeTurnsTheTimingCheckOff() {
        MappingResult result = WebformMapper.map(Fixtures.bytes("webform/journal-render-time-missing.json"), IDENTITY,
                CHANNEL, Duration.ZERO);

        assertThat(result).isInstanceOf(MappingResult.Mapped.class);
    }

    @Test
    void formSentAfterMinimumFillTimeIsMapped() {
        MappingResult result = WebformMapper.map(Fixtures.bytes("webform/journal-filled-too-fast.json"), IDENTITY, CHANNEL,
                Duration.ofMillis(1200));

        assertThat(result).isInstanceOf(MappingResult.Mapped.class);
    }

    @Test
    void unreadablePayloadIsQuarantined() {
        assertThat(map("journal-unreadable.json"))
                .isEqualTo(new MappingResult.Quarantined("unreadable web form payload: malformed JSON at line 1, column 73"));
    }

    @Test
    void submissionWithoutMessageIsQuarantinedNamingTheField() {
        assertThat(map("journal-missing-message.json"))
                .isEqualTo(new MappingResult.Quarantined("invalid web form submission: message required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"journal-plain.json", "journal-with-attachment.json", "journal-html-message.json"})
    void everyMappedComplaintValidatesAgainstTheSchema(String fixture) {
        assertThat(ComplaintSchema.validate(ComplaintJson.toBytes(mapped(fixture)))).isEmpty();
    }

    @Test
    void mappingIsPure() {
        byte[] raw = Fixtures.bytes("webform/journal-with-attachment.json");

        assertThat(WebformMapper.map(raw, IDENTITY, CHANNEL, MIN_FILL_TIME)).isEqualTo(WebformMapper.map(raw, IDENTITY, CHANNEL, MIN_FILL_TIME));
    }

    private static MappingResult map(String fixture) {
        return WebformMapper.map(Fixtures.bytes("webform/" + fixture), IDENTITY, CHANNEL, MIN_FILL_TIME);
    }

    private static Complaint mapped(String fixture) {
        return mapped(Fixtures.bytes("webform/" + fixture));
    }

    private static Complaint mapped(byte[] raw) {
        MappingResult result = WebformMapper.map(raw, IDENTITY, CHANNEL, MIN_FILL_TIME);
        assertThat(result).isInstanceOf(MappingResult.Mapped.class);
        return ((MappingResult.Mapped) result).complaint();
    }
}
