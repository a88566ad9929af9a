package org.complaintgateway.routes.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintgateway.mappings.email.AttachmentFile;
import org.junit.jupiter.api.Test;

/** Only files over the limit get a link; a link's signature holds for its own complaint and position only. */
class SignedAttachmentLinksTest {

    private static final String COMPLAINT = "01950f3c-0000-7000-8000-000000000042";
    private final SignedAttachmentLinks links = new SignedAttachmentLinks("https://gw.example", "fake-secret", 1_000);

    @Test
    void aFileUpToTheLimitStaysInline() {
        assertThat(links.linkFor(COMPLAINT, 0, file(1_000))).isNull();
    }

    @Test
    void aLargerFileGetsASignedLinkToItsPlace() {
        String link = links.linkFor(COMPLAINT, 3, file(1_001));

        assertThat(link).matches("https://gw\\.example/api/v1/complaints/" + COMPLAINT
                + "/attachments/3\\?signature=[0-9a-f]{64}");
        assertThat(links.signs(COMPLAINT, 3, signature(link))).isTrue();
    }

    @Test
    void theSignatureOfOneLinkDoesNotOpenAnother() {
        String signature = signature(links.linkFor(COMPLAINT, 3, file(5_000)));

        assertThat(links.signs(COMPLAINT, 2, signature)).isFalse();
        assertThat(links.signs("01950f3c-0000-7000-8000-000000000043", 3, signature)).isFalse();
        assertThat(new SignedAttachmentLinks("https://gw.example", "other-secret", 1_000).signs(COMPLAINT, 3, signature))
                .isFalse();
        assertThat(links.signs(COMPLAINT, 3, null)).isFalse();
        assertThat(links.signs(COMPLAINT, 3, "not hex")).isFalse();
    }

    @Test
    void aLinkedFileIsKeptInMemoryForTheFirstFetchAnInlineOneIsNot() {
        AttachmentFile photo = file(5_000);
        links.linkFor(COMPLAINT, 1, photo);
        links.linkFor(COMPLAINT, 0, file(10));

        assertThat(links.recentFile(COMPLAINT, 1)).containsSame(photo);
        assertThat(links.recentFile(COMPLAINT, 0)).isEmpty();
    }

    private static AttachmentFile file(int size) {
        return new AttachmentFile("photo.jpg", "image/jpeg", new byte[size]);
    }

    private static String signature(String link) {
        return link.substring(link.indexOf("signature=") + "signature=".length());
    }
}
