package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.email.EmailFixtures.IDENTITY;
import static org.complaintgateway.mappings.email.EmailFixtures.SERVER_DATE;
import static org.complaintgateway.mappings.email.EmailFixtures.SETTINGS;
import static org.complaintgateway.mappings.email.EmailFixtures.map;
import static org.complaintgateway.mappings.email.EmailFixtures.mapped;
import static org.complaintgateway.mappings.email.EmailFixtures.raw;

import java.time.Instant;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.Sha256;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.junit.jupiter.api.Test;

/**
 * A received mail becomes a complaint that validates against the schema: sender from Reply-To or From, decoded
 * subject without reply prefixes, plain text preferred over HTML, dates and keys with their fallbacks, NUL bytes
 * gone. A mail nobody can be answered for is quarantined with a reason that quotes nothing of it.
 */
class EmailMapperTest {

    @Test
    void mapsPlainTextMail() {
        Complaint complaint = mapped("plain-text.eml");

        assertThat(complaint.id()).isEqualTo(IDENTITY.complaintId());
        assertThat(complaint.protocolNumber()).isEqualTo("RC-2026-000042");
        assertThat(complaint.channel()).isEqualTo(new ChannelRef(ChannelType.EMAIL, "support-mail",
                "kettle-1@mail.example.com", "kettle-1@mail.example.com"));
        assertThat(complaint.customer()).isEqualTo(new Customer("Jäne Exämple", "jane@example.com", null, null, null));
        assertThat(complaint.subject()).isEqualTo("Kettle broken – order 4711");
        assertThat(complaint.text()).isEqualTo("Hello,\n\nthe kettle I bought on 1 March stopped working after one day.\n"
                + "Please replace it.\n\nJane\n");
        assertThat(complaint.quotedText()).isNull();
        assertThat(complaint.html()).isNull();
        assertThat(complaint.receivedAt()).isEqualTo(Instant.parse("2026-03-02T08:30:00Z"));
        assertThat(complaint.attachments()).isEmpty();
        assertThat(complaint.relations()).isNull();
        assertThat(complaint.flags()).isEmpty();
    }

    @Test
    void customerIsTheReplyToAddressWhenItDiffersFromFrom() {
        Complaint complaint = mapped("reply-to-differs-from-from.eml");

        assertThat(complaint.customer()).isEqualTo(new Customer("Jane Example", "jane@example.com", null, null, null));
    }

    @Test
    void rawUtf8HeadersAreReadAsUtf8() {
        Complaint complaint = mapped("header-raw-utf8.eml");

        assertThat(complaint.customer().name()).isEqualTo("Jürgen Müller");
        assertThat(complaint.subject()).isEqualTo("Wasserkocher für 49 € kaputt");
        assertThat(complaint.flags()).doesNotContain("charsetReplaced");
    }

    @Test
    void htmlOnlyMailIsConvertedToTextAndFlagged() {
        Complaint complaint = mapped("html-only.eml");

        assertThat(complaint.text()).isEqualTo("The lid is broken.\n\nPlease help.\n");
        assertThat(complaint.html()).isNull();
        assertThat(complaint.flags()).containsExactly("htmlConverted");
    }

    @Test
    void keepHtmlKeepsSanitizedHtmlWithoutScriptsOrHandlers() {
        Complaint complaint = mapped("html-only.eml", EmailFixtures.withKeepHtml());

        assertThat(complaint.html()).contains("<b>lid</b>", "<img src=\"https://tracker.example.net/x.gif\">")
                .doesNotContain("script", "alert", "onerror", "style");
    }

    @Test
    void plainTextAlternativeIsPreferredOverHtml() {
        Complaint complaint = mapped("multipart-alternative.eml");

        assertThat(complaint.text()).isEqualTo("I ordered a blue kettle and got a green one.\n");
        assertThat(complaint.flags()).doesNotContain("htmlConverted");
    }

    @Test
    void keepHtmlKeepsTheHtmlAlternativeBesideThePlainText() {
        Complaint complaint = mapped("multipart-alternative.eml", EmailFixtures.withKeepHtml());

        assertThat(complaint.text()).isEqualTo("I ordered a blue kettle and got a green one.\n");
        assertThat(complaint.html()).isEqualTo("<div>I ordered a <i>blue</i> kettle and got a green one.</div>\n");
    }

    @Test
    void missingMessageIdGivesTheSyntheticKey() {
        Complaint complaint = mapped("no-message-id.eml");

        String key = "sha256:" + Sha256.hex(raw("no-message-id.eml"));
        assertThat(complaint.channel().externalId()).isEqualTo(key);
        assertThat(complaint.channel().threadKey()).isEqualTo(key);
        assertThat(complaint.replyHint()).extracting("inReplyTo").isNull();
    }

    @Test
    void missingDateFallsBackToTheServerDate() {
        assertThat(mapped("no-date.eml").receivedAt()).isEqualTo(SERVER_DATE);
    }

    @Test
    void unparseableDateFallsBackToTheServerDate() {
        assertThat(mapped("unparseable-date.eml").receivedAt()).isEqualTo(SERVER_DATE);
    }

    @Test
    void missingDateAndServerDateFallBackToTheReceivedTime() {
        MappingResult result = EmailMapper.map(raw("no-date.eml"), IDENTITY, null, SETTINGS, ThreadLookup.NONE);

        assertThat(EmailFixtures.valid(result).receivedAt()).isEqualTo(IDENTITY.receivedAt());
    }

    @Test
    void nulBytesAreStrippedFromSubjectAndText() {
        Complaint complaint = mapped("nul-bytes.eml");

        assertThat(complaint.subject()).isEqualTo("Nul bytes");
        assertThat(complaint.text()).isEqualTo("Broken kettle.\n");
    }

    @Test
    void mailWithOnlyAnAttachmentIsAComplaintWithEmptyText() {
        Complaint complaint = mapped("only-attachment-no-text.eml");

        assertThat(complaint.text()).isEmpty();
        assertThat(complaint.attachments()).singleElement().extracting("name").isEqualTo("invoice.pdf");
    }

    @Test
    void mailWithoutSenderIsQuarantined() {
        assertThat(map("no-sender.eml"))
                .isEqualTo(new MappingResult.Quarantined("no sender address: the mail has neither From nor Reply-To"));
    }

    @Test
    void mailWithoutUsableSenderAddressIsQuarantined() {
        assertThat(map("invalid-sender-address.eml")).isEqualTo(new MappingResult.Quarantined(
                "no usable sender address: From and Reply-To are not valid e-mail addresses"));
    }

    @Test
    void binaryGarbageIsQuarantinedNotThrown() {
        assertThat(map("unparseable-garbage.eml")).isInstanceOf(MappingResult.Quarantined.class);
    }

    @Test
    void emptyInputIsQuarantinedNotThrown() {
        MappingResult result = EmailMapper.map(new byte[0], IDENTITY, SERVER_DATE, SETTINGS, ThreadLookup.NONE);

        assertThat(result).isInstanceOf(MappingResult.Quarantined.class);
    }

    @Test
    void failingStoreLookupIsQuarantinedNotThrown() {
        ThreadLookup broken = new EmailFixtures.MapLookup(null, null);

        MappingResult result = EmailMapper.map(raw("thread-in-reply-to-known.eml"), IDENTITY, SERVER_DATE, SETTINGS, broken);

        assertThat(result).isEqualTo(new MappingResult.Quarantined("mapping failed: NullPointerException"));
    }
}
