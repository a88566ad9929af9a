package org.complaintgateway.mappings.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.webform.WebformSubmissions.valid;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Single-line fields lose line breaks and control characters (a tab becomes a space) and are trimmed; the message
 * is reduced from HTML to plain text, keeps only \n and \t of the control characters and ends lines in \n; blank
 * becomes missing.
 */
class WebformSanitizerTest {

    @Test
    void lineBreaksInSubjectCannotStartAHeader() {
        WebformSubmission dirty = valid().withSubject("Refund\r\nBcc: victim@example.com");

        assertThat(WebformSanitizer.sanitize(dirty).subject()).isEqualTo("Refund Bcc: victim@example.com");
    }

    @Test
    void unicodeLineSeparatorsInNameBecomeSpaces() {
        WebformSubmission dirty = valid().withName("Jane\u2028Example");

        assertThat(WebformSanitizer.sanitize(dirty).name()).isEqualTo("Jane Example");
    }

    @Test
    void tabInSingleLineFieldBecomesSpace() {
        WebformSubmission dirty = valid().withName("Jane\tExample");

        assertThat(WebformSanitizer.sanitize(dirty).name()).isEqualTo("Jane Example");
    }

    @Test
    void nulAndOtherControlCharactersLeaveSingleLineFields() {
        WebformSubmission dirty = valid().withEmail("jane\u0000@exa\u0007mple.com\u009B");

        assertThat(WebformSanitizer.sanitize(dirty).email()).isEqualTo("jane@example.com");
    }

    @Test
    void singleLineFieldsAreTrimmed() {
        WebformSubmission dirty = valid().withPhone("  +1 555 0100 \n");

        assertThat(WebformSanitizer.sanitize(dirty).phone()).isEqualTo("+1 555 0100");
    }

    @Test
    void blankFieldBecomesMissing() {
        WebformSubmission dirty = valid().withName(" \t \r\n ");

        assertThat(WebformSanitizer.sanitize(dirty).name()).isNull();
    }

    @Test
    void scriptInMessageIsRemovedWithTheRestOfTheMarkup() {
        WebformSubmission dirty = valid().withMessage("Hello <script>alert('x')</script><b>world</b>");

        assertThat(WebformSanitizer.sanitize(dirty).message()).isEqualTo("Hello world");
    }

    @Test
    void htmlMessageKeepsLineBreaksOfBrAndParagraphs() {
        WebformSubmission dirty = valid().withMessage("<p>The lid broke.</p><p>Please replace it.<br>Thanks</p>");

        assertThat(WebformSanitizer.sanitize(dirty).message()).isEqualTo("The lid broke.\n\nPlease replace it.\nThanks");
    }

    @Test
    void plainTextMessageKeepsItsLayout() {
        String message = "Order:\n\t- kettle\n\t- lid\n\nPrice < 50 & delivery > 3 days";
        WebformSubmission clean = valid().withMessage(message);

        assertThat(WebformSanitizer.sanitize(clean).message()).isEqualTo(message);
    }

    @Test
    void crlfAndLoneCrInMessageBecomeLf() {
        WebformSubmission dirty = valid().withMessage("one\r\ntwo\rthree");

        assertThat(WebformSanitizer.sanitize(dirty).message()).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void nulBytesLeaveTheMessage() {
        WebformSubmission dirty = valid().withMessage("bro\u0000ken\u0000 \u001Blid");

        assertThat(WebformSanitizer.sanitize(dirty).message()).isEqualTo("broken lid");
    }

    @Test
    void nulBytesInHtmlMessageLeaveNoReplacementCharacter() {
        WebformSubmission dirty = valid().withMessage("<b>bro\u0000ken</b> lid&#7;");

        assertThat(WebformSanitizer.sanitize(dirty).message()).isEqualTo("broken lid");
    }

    @Test
    void whitespaceOnlyMessageBecomesMissing() {
        WebformSubmission dirty = valid().withMessage("   \r\n\t ");

        assertThat(WebformSanitizer.sanitize(dirty).message()).isNull();
    }

    @Test
    void reportsHtmlConversionOnlyForHtmlMessages() {
        assertThat(WebformSanitizer.convertsHtml(valid().withMessage("<p>Hi</p>"))).isTrue();
        assertThat(WebformSanitizer.convertsHtml(valid().withMessage("a < b"))).isFalse();
    }

    @Test
    void attachmentNameLosesClientDirectories() {
        UploadedFile file = new UploadedFile("C:\\fakepath\\invoice.pdf", "application/pdf", bytes("x"));

        assertThat(WebformSanitizer.sanitize(valid().withAttachment(file)).attachment().name())
                .isEqualTo("invoice.pdf");
    }

    @Test
    void attachmentNameAndTypeLoseLineBreaks() {
        UploadedFile file = new UploadedFile("invoice\r\n.pdf", "application/pdf\r\nX-Evil: 1", bytes("x"));

        UploadedFile clean = WebformSanitizer.sanitize(valid().withAttachment(file)).attachment();

        assertThat(clean.name()).isEqualTo("invoice .pdf");
        assertThat(clean.contentType()).isEqualTo("application/pdf X-Evil: 1");
    }

    @Test
    void emptyFileInputIsNoAttachment() {
        UploadedFile nothingChosen = new UploadedFile("", "application/octet-stream", new byte[0]);

        assertThat(WebformSanitizer.sanitize(valid().withAttachment(nothingChosen)).attachment()).isNull();
    }

    @Test
    void attachmentContentIsKeptAsIs() {
        UploadedFile file = new UploadedFile("a.bin", "application/octet-stream", new byte[] {0, '\r', '\n', 1});

        assertThat(WebformSanitizer.sanitize(valid().withAttachment(file)).attachment().content())
                .containsExactly(0, '\r', '\n', 1);
    }

    @Test
    void honeypotAndRenderTimePassUnchanged() {
        WebformSubmission s = new WebformSubmission("Jane", "jane@example.com", null, "s", "m", null, null, " x\n", 42L);

        WebformSubmission clean = WebformSanitizer.sanitize(s);

        assertThat(clean.honeypot()).isEqualTo(" x\n");
        assertThat(clean.formRenderedAtMillis()).isEqualTo(42L);
    }

    @Test
    void sanitizingTwiceChangesNothingMore() {
        WebformSubmission dirty = new WebformSubmission(" Jane\tExample ", "jane@example.com\r\n", "+1 555 0100\u0000",
                "Refund\r\nBcc: x", "<p>The lid broke.</p><p>Please &lt;help&gt;<br>now\u0000</p>", " en ",
                new UploadedFile("C:\\fakepath\\a.txt", "text/plain", bytes("x")), "", 1L);

        WebformSubmission once = WebformSanitizer.sanitize(dirty);

        assertThat(WebformSanitizer.sanitize(once)).isEqualTo(once);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
