package org.complaintgateway.mappings.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.complaintgateway.mappings.Fixtures;
import org.junit.jupiter.api.Test;

/** The journal format reads back exactly what was written, attachment bytes as base64, and never quotes bad input. */
class WebformJsonTest {

    @Test
    void submissionSurvivesRoundTrip() {
        WebformSubmission submission = new WebformSubmission("Jane Example", "jane@example.com", "+1 555 0100", "Refund",
                "Line one\nLine two", "en", new UploadedFile("a.bin", "application/octet-stream", new byte[] {0, 1, 2, (byte) 255}),
                "", 1772446500000L);

        assertThat(WebformJson.fromBytes(WebformJson.toBytes(submission))).isEqualTo(submission);
    }

    @Test
    void writesAttachmentContentAsBase64() {
        WebformSubmission submission = new WebformSubmission(null, null, null, null, null, null,
                new UploadedFile("a.txt", "text/plain", "Hello".getBytes(StandardCharsets.UTF_8)), null, null);

        assertThat(new String(WebformJson.toBytes(submission), StandardCharsets.UTF_8)).contains("\"content\":\"SGVsbG8=\"");
    }

    @Test
    void readsTheJournalFixture() {
        WebformSubmission submission = WebformJson.fromBytes(Fixtures.bytes("webform/journal-plain.json"));

        assertThat(submission.subject()).isEqualTo("Parcel never arrived");
        assertThat(submission.formRenderedAtMillis()).isEqualTo(1772446500000L);
    }

    @Test
    void rejectsTruncatedJsonByPositionOnly() {
        assertThatThrownBy(() -> WebformJson.fromBytes(Fixtures.bytes("webform/journal-unreadable.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed JSON at line 1")
                .hasMessageNotContaining("Broken");
    }

    @Test
    void rejectsFieldOfWrongTypeNamingTheField() {
        byte[] json = "{\"attachment\": {\"content\": \"%%%\"}}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> WebformJson.fromBytes(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unexpected value for attachment.content");
    }

    @Test
    void rejectsEmptyPayload() {
        assertThatThrownBy(() -> WebformJson.fromBytes(new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("empty payload");
    }

    @Test
    void toStringShowsNoPersonalData() {
        WebformSubmission submission = new WebformSubmission("Jane Example", "jane@example.com", "+1 555 0100", "Refund",
                "My address is 1 Example Road", "en", new UploadedFile("jane-passport.pdf", "application/pdf", new byte[3]), null, null);

        assertThat(submission.toString()).doesNotContain("Jane", "jane", "555", "Example Road", "passport");
    }
}
