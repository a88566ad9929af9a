package org.complaintgateway.mappings.text;

import java.util.regex.Pattern;

/**
 * Cleans a value meant for one line (subject, name, file name): line breaks become spaces, control characters
 * (NUL included) go, blank becomes null. These values can end up in the headers of our reply or a chat message.
 */
public final class SingleLine {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029\\t]+");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\uFFFE\\uFFFF]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private SingleLine() {
    }

    /** The value on one line, without control characters; null when nothing is left. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = LINE_BREAKS.matcher(value).replaceAll(" ");
        text = CONTROLS.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }
}
