package org.complaintgateway.mappings.email;

import java.util.regex.Pattern;

/**
 * Normalizes body text: line ends become {@code \n}, control characters other than tab and newline (NUL first of
 * all: databases and JSON consumers choke on it) are removed, trailing spaces and blank edges are trimmed.
 */
final class BodyText {

    private static final Pattern NEWLINES = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\uFFFE\\uFFFF&&[^\\n\\t]]");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\\n)+");

    private BodyText() {
    }

    /** The cleaned text, every line ending in {@code \n}; empty when there is no visible text. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = NEWLINES.matcher(value).replaceAll("\n");
        text = CONTROLS.matcher(text).replaceAll("");
        text = TRAILING_SPACES.matcher(text + "\n").replaceAll("\n");
        // Only blank lines go at the start: the first line's indentation may be meaningful (a table, code).
        text = LEADING_BLANK_LINES.matcher(text).replaceFirst("").stripTrailing();
        return text.isEmpty() ? "" : text + "\n";
    }
}
