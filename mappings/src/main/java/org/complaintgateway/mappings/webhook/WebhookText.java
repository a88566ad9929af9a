package org.complaintgateway.mappings.webhook;

import java.util.regex.Pattern;
import org.complaintgateway.mappings.text.HtmlToText;

/**
 * The complaint's text as plain text: {@code \n} line ends, no control characters, and HTML reduced to what a reader
 * would see, since review sites and chat widgets often send their rich-text field as it is stored.
 */
final class WebhookText {

    private static final Pattern NEWLINES = Pattern.compile("\\r\\n?|[\\u2028\\u2029]");
    private static final Pattern CONTROLS_BUT_NEWLINE_AND_TAB = Pattern.compile("[\\p{Cc}\\uFFFE\\uFFFF&&[^\\n\\t]]");

    private WebhookText() {
    }

    /** Whether {@link #plain} reduces {@code text} from HTML. */
    static boolean isHtml(String text) {
        return HtmlToText.containsMarkup(text);
    }

    /** The plain text, stripped; empty when nothing readable is left. */
    static String plain(String text) {
        String normalized = withoutControls(NEWLINES.matcher(text).replaceAll("\n"));
        // Character references such as &#7; can decode to control characters again.
        return (isHtml(text) ? withoutControls(HtmlToText.toPlainText(normalized)) : normalized).strip();
    }

    private static String withoutControls(String text) {
        return CONTROLS_BUT_NEWLINE_AND_TAB.matcher(text).replaceAll("");
    }
}
