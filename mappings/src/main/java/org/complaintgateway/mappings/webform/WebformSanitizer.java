package org.complaintgateway.mappings.webform;

import java.util.regex.Pattern;
import org.complaintgateway.mappings.text.HtmlToText;

/**
 * Cleans a submission before anything checks or stores it. Single-line fields (name, e-mail, phone, subject,
 * language, attachment name and type) lose line breaks and control characters, since they may end up in mail
 * headers; the message becomes plain text with {@code \n} line ends. Blank values become null, i.e. missing.
 */
public final class WebformSanitizer {

    // U+2028/U+2029 are line breaks to many renderers although Unicode does not class them as control characters.
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029]+");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");
    private static final Pattern CONTROLS_BUT_NEWLINE_AND_TAB = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern NEWLINES = Pattern.compile("\\r\\n?|[\\u2028\\u2029]");

    private WebformSanitizer() {
    }

    /** The cleaned submission; honeypot and render time pass unchanged, they are evidence, not content. */
    public static WebformSubmission sanitize(WebformSubmission submission) {
        return new WebformSubmission(
                singleLine(submission.name()),
                singleLine(submission.email()),
                singleLine(submission.phone()),
                singleLine(submission.subject()),
                message(submission.message()),
                singleLine(submission.language()),
                attachment(submission.attachment()),
                submission.honeypot(),
                submission.formRenderedAtMillis());
    }

    /** Whether {@link #sanitize} reduces the message from HTML to plain text. */
    public static boolean convertsHtml(WebformSubmission submission) {
        return HtmlToText.containsMarkup(submission.message());
    }

    private static String singleLine(String value) {
        if (value == null) {
            return null;
        }
        // A line break becomes a space so that "Refund\r\nBcc: x" cannot glue two words into one.
        String text = LINE_BREAKS.matcher(value).replaceAll(" ").replace('\t', ' ');
        return blankToNull(CONTROLS.matcher(text).replaceAll(""));
    }

    private static String message(String value) {
        if (value == null) {
            return null;
        }
        boolean html = HtmlToText.containsMarkup(value);
        String text = NEWLINES.matcher(value).replaceAll("\n");
        // Removed before parsing too: the HTML parser would turn NUL into U+FFFD instead of dropping it.
        text = CONTROLS_BUT_NEWLINE_AND_TAB.matcher(text).replaceAll("");
        if (html) {
            // Character references such as &#7; can decode to control characters again.
            text = CONTROLS_BUT_NEWLINE_AND_TAB.matcher(HtmlToText.toPlainText(text)).replaceAll("");
        }
        return blankToNull(text);
    }

    private static UploadedFile attachment(UploadedFile file) {
        if (file == null) {
            return null;
        }
        byte[] content = file.content() == null ? new byte[0] : file.content();
        String name = fileName(file.name());
        // A file input left empty still arrives as a part without name or bytes: that is no attachment.
        if (name == null && content.length == 0) {
            return null;
        }
        return new UploadedFile(name, singleLine(file.contentType()), content);
    }

    /** Some browsers send the full client path ("C:\fakepath\invoice.pdf"); only the last segment is a name. */
    private static String fileName(String value) {
        String name = singleLine(value);
        if (name == null) {
            return null;
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return blankToNull(name.substring(slash + 1));
    }

    private static String blankToNull(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
