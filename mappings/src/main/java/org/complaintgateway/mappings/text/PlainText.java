package org.complaintgateway.mappings.text;

import java.util.regex.Pattern;

/**
 * Cleans a customer's words that arrived as plain text (a chat message, a caption, a field of a JSON body): line ends
 * become {@code \n}, control characters other than newline and tab go (NUL first of all: databases and JSON consumers
 * choke on it), outer whitespace is trimmed. Mail bodies have their own rules ({@code email.BodyText}).
 */
public final class PlainText {

    private static final Pattern NEWLINES = Pattern.compile("\\r\\n?|[\\u2028\\u2029]");
    private static final Pattern CONTROLS_BUT_NEWLINE_AND_TAB = Pattern.compile("[\\p{Cc}\\uFFFE\\uFFFF&&[^\\n\\t]]");

    private PlainText() {
    }

    /** Line ends as {@code \n}, control characters (NUL included) gone, outer whitespace trimmed; never null. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return withoutControls(NEWLINES.matcher(text).replaceAll("\n")).strip();
    }

    /**
     * Control characters other than newline and tab gone, nothing else touched: for text that went through another
     * step after {@link #clean}, such as HTML whose character references ({@code &#7;}) decode to them again.
     */
    public static String withoutControls(String text) {
        return CONTROLS_BUT_NEWLINE_AND_TAB.matcher(text).replaceAll("");
    }
}
