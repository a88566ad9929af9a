package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.email.EmailFixtures.IDENTITY;
import static org.complaintgateway.mappings.email.EmailFixtures.mapped;
import static org.complaintgateway.mappings.email.EmailFixtures.raw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.complaintgateway.mappings.Sha256;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.Complaint;
import org.junit.jupiter.api.Test;

/**
 * A file the links say to send by link carries the link, its size and SHA-256 and no content; the others stay
 * inline. {@link EmailAttachments} finds the same files at the same positions, which is what the gateway serves.
 */
class AttachmentLinksTest {

    private static final String FIXTURE = "attachments-too-many.eml";

    @Test
    void aLinkedFileCarriesItsLinkSizeAndHashInsteadOfItsContent() {
        Complaint complaint = mapped(FIXTURE, settings((id, position, file) ->
                position == 1 ? "https://gateway.example/files/" + id + "/" + position : null));

        Attachment inline = complaint.attachments().get(0);
        assertThat(inline.content()).isNotNull();
        assertThat(inline.reference()).isNull();
        Attachment linked = complaint.attachments().get(1);
        assertThat(linked.name()).isEqualTo("file-2.bin");
        assertThat(linked.content()).isNull();
        assertThat(linked.reference()).isEqualTo("https://gateway.example/files/" + IDENTITY.complaintId() + "/1");
        byte[] file2 = "BBBBBBBBBB".getBytes(StandardCharsets.US_ASCII);
        assertThat(linked.size()).isEqualTo(file2.length);
        assertThat(linked.sha256()).isEqualTo(Sha256.hex(file2));
    }

    @Test
    void theLinksAreAskedWithEachKeptFileAndItsPosition() {
        List<String> asked = new ArrayList<>();
        mapped(FIXTURE, settings((id, position, file) -> {
            asked.add(id + " " + position + " " + file.name() + " " + file.content().length);
            return null;
        }));

        assertThat(asked).containsExactly(IDENTITY.complaintId() + " 0 file-1.bin 10",
                IDENTITY.complaintId() + " 1 file-2.bin 10");
    }

    @Test
    void theFilesOfTheRawMailAreTheComplaintsAttachmentsInTheirOrder() throws Exception {
        EmailMappingSettings settings = settings(AttachmentLinks.NONE);
        Complaint complaint = mapped(FIXTURE, settings);

        List<AttachmentFile> files = EmailAttachments.of(raw(FIXTURE), settings);

        assertThat(files).extracting(AttachmentFile::name)
                .containsExactlyElementsOf(complaint.attachments().stream().map(Attachment::name).toList());
        for (int i = 0; i < files.size(); i++) {
            assertThat(Sha256.hex(files.get(i).content())).isEqualTo(complaint.attachments().get(i).sha256());
        }
    }

    /** Two of the fixture's three files fit the limits. */
    private static EmailMappingSettings settings(AttachmentLinks links) {
        return new EmailMappingSettings("support-mail", EmailFixtures.SETTINGS.ownAddresses(), false, 2, 10_000_000,
                10, "RC", links);
    }
}
