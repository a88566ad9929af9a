package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.email.EmailFixtures.mapped;
import static org.complaintgateway.mappings.email.EmailFixtures.withLimits;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintgateway.mappings.Sha256;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.Complaint;
import org.junit.jupiter.api.Test;

/**
 * Every file a customer sends arrives: regular attachments, inline images (named by Content-ID when nameless),
 * leaf parts without Content-Disposition, a forwarded message as one .eml, the files inside Outlook's winmail.dat.
 * What exceeds the channel's count, size or nesting limits is left out and flagged attachmentsDropped.
 */
class AttachmentsTest {

    /** A 1x1 PNG, the same as the inline image of attachment-inline-image-cid.eml. */
    private static final byte[] PNG = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"
            + "CAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final byte[] RECEIPT = "Receipt 4711: 1 kettle, 49.00 EUR\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void regularAttachmentKeepsItsNameWithoutTheClientPath() {
        Attachment attachment = single(mapped("attachment-regular.eml"));

        assertThat(attachment.name()).isEqualTo("invoice.pdf");
        assertThat(attachment.contentType()).isEqualTo("application/pdf");
        byte[] content = Base64.getDecoder().decode(attachment.content());
        assertThat(attachment.size()).isEqualTo(content.length);
        assertThat(attachment.sha256()).isEqualTo(Sha256.hex(content));
        assertThat(new String(content, StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
    }

    @Test
    void inlineImageIsKeptAndNamedByItsContentId() {
        Complaint complaint = mapped("attachment-inline-image-cid.eml");

        assertThat(complaint.attachments()).containsExactly(Attachment.inline("crack-photo@mail.example.com", "image/png", PNG));
        assertThat(complaint.text()).isEqualTo("See the crack:\n");
    }

    @Test
    void partWithoutContentDispositionIsAnAttachment() {
        Complaint complaint = mapped("attachment-without-content-disposition.eml");

        assertThat(single(complaint).contentType()).isEqualTo("application/pdf");
        assertThat(single(complaint).name()).isNull();
        assertThat(complaint.text()).isEqualTo("Receipt below.\n");
    }

    @Test
    void nestedMessageIsKeptWholeAsOneEmlFile() {
        Complaint complaint = mapped("attachment-nested-rfc822.eml");

        Attachment eml = single(complaint);
        assertThat(eml.name()).isEqualTo("Your order 4711.eml");
        assertThat(eml.contentType()).isEqualTo("message/rfc822");
        String content = new String(Base64.getDecoder().decode(eml.content()), StandardCharsets.UTF_8);
        assertThat(content).contains("Message-ID: <order-4711@shop.example.net>", "Thank you for your order.",
                "filename=\"order.pdf\"");
        assertThat(complaint.text()).isEqualTo("Here is the order confirmation.\n");
    }

    @Test
    void winmailDatIsUnpackedIntoItsFiles() {
        Complaint complaint = mapped("winmail-dat.eml");

        assertThat(complaint.attachments()).containsExactly(
                Attachment.inline("receipt.txt", "text/plain", RECEIPT),
                Attachment.inline("photo.png", "image/png", PNG));
        assertThat(complaint.flags()).isEmpty();
    }

    @Test
    void winmailDatFixtureHoldsTheGeneratedTnefStream() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("receipt.txt", RECEIPT);
        files.put("photo.png", PNG);

        assertThat(TnefUnpacker.unpack(TnefStreams.withAttachments(files)))
                .extracting(AttachmentFile::name).containsExactly("receipt.txt", "photo.png");
        assertThat(EmailFixtures.read("winmail-dat.eml").content().files())
                .extracting(AttachmentFile::name).containsExactly("receipt.txt", "photo.png");
    }

    @Test
    void unreadableWinmailDatIsKeptAsItIs() {
        Attachment attachment = single(mapped("winmail-dat-unreadable.eml"));

        assertThat(attachment.name()).isEqualTo("winmail.dat");
        assertThat(attachment.contentType()).isEqualTo("application/ms-tnef");
    }

    @Test
    void rfc2231FileNameIsDecoded() {
        assertThat(single(mapped("attachment-rfc2231-filename.eml")).name()).isEqualTo("Rechnung März.pdf");
    }

    @Test
    void encodedWordFileNameIsDecoded() {
        assertThat(single(mapped("attachment-encoded-word-filename.eml")).name()).isEqualTo("Rechnung März.pdf");
    }

    @Test
    void attachmentsBeyondTheCountLimitAreDroppedAndFlagged() {
        Complaint complaint = mapped("attachments-too-many.eml", withLimits(2, 10_000_000, 10));

        assertThat(complaint.attachments()).extracting(Attachment::name).containsExactly("file-1.bin", "file-2.bin");
        assertThat(complaint.flags()).containsExactly("attachmentsDropped");
    }

    @Test
    void attachmentsBeyondTheTotalSizeLimitAreDroppedAndFlagged() {
        Complaint complaint = mapped("attachments-too-large.eml", withLimits(10, 2_500, 10));

        assertThat(complaint.attachments()).extracting(Attachment::name).containsExactly("file-1.bin", "file-2.bin");
        assertThat(complaint.flags()).containsExactly("attachmentsDropped");
    }

    @Test
    void partsNestedBeyondTheDepthLimitAreDroppedAndFlagged() {
        Complaint complaint = mapped("nesting-too-deep.eml", withLimits(10, 10_000_000, 3));

        assertThat(complaint.attachments()).isEmpty();
        assertThat(complaint.text()).isEqualTo("Text at the top.\n");
        assertThat(complaint.flags()).containsExactly("attachmentsDropped");
    }

    @Test
    void partsWithinTheDepthLimitAreKept() {
        Complaint complaint = mapped("nesting-too-deep.eml", withLimits(10, 10_000_000, 10));

        assertThat(single(complaint).name()).isEqualTo("deep.bin");
        assertThat(complaint.flags()).isEmpty();
    }

    @Test
    void limitsSkipAFileThatDoesNotFitButKeepLaterSmallerOnes() {
        List<AttachmentFile> files = List.of(file("a", 600), file("b", 900), file("c", 300));

        AttachmentLimits.Kept kept = AttachmentLimits.apply(files, 10, 1_000);

        assertThat(kept.files()).extracting(AttachmentFile::name).containsExactly("a", "c");
        assertThat(kept.dropped()).isTrue();
    }

    @Test
    void limitsKeepEverythingThatFits() {
        AttachmentLimits.Kept kept = AttachmentLimits.apply(List.of(file("a", 10), file("b", 10)), 2, 20);

        assertThat(kept.files()).hasSize(2);
        assertThat(kept.dropped()).isFalse();
    }

    private static AttachmentFile file(String name, int size) {
        return new AttachmentFile(name, "application/octet-stream", new byte[size]);
    }

    private static Attachment single(Complaint complaint) {
        assertThat(complaint.attachments()).hasSize(1);
        return complaint.attachments().get(0);
    }
}
