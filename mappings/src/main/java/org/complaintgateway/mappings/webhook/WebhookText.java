package org.complaintgateway.mappings.webhook;

import org.complaintgateway.mappings.text.HtmlToText;
import org.complaintgateway.mappings.text.PlainText;

/**
 * The complaint's text as plain text: {@code \n} line ends, no control characters, and HTML reduced to what a reader
 * would see, since review sites and chat widgets often send their rich-text field as it is stored.
 */
final class WebhookText {

    private WebhookText() {
    }

    /** Whether {@link #plain} reduces {@code text} from HTML. */
    static boolean isHtml(String text) {
        return HtmlToText.containsMarkup(text);
    }

    /** The plain text, stripped; empty when nothing readable is left. */
    static String plain(String text) {
        String plain = PlainText.clean(text);
        // Character references such as &#7; can decode to control characters again.
        return isHtml(text) ? PlainText.clean(HtmlToText.toPlainText(plain)) : plain;
    }
}
