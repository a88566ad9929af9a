package org.complaintgateway.mappings.email;

/**
 * Normalizes body text: line ends become {@code \n}, control characters other than tab and newline (NUL first of
 * all: databases and JSON consumers choke on it) are removed, trailing spaces and blank edges are trimmed.
 */
final class BodyText {

    private BodyText() {
    }

    /**
     * The cleaned text, every line ending in {@code \n}; empty when there is no visible text. One pass over the text
     * (it was four regular expressions, a quarter of a mail's mapping time): CR LF, CR, U+2028, U+2029 and U+0085 end
     * a line; other control characters (C0, DEL, C1) and U+FFFE, U+FFFF are dropped, tab kept; spaces and tabs at a
     * line's end are dropped; blank lines at the start are dropped, but not the first line's indentation (a table,
     * code); whitespace at the end is dropped.
     */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(value.length() + 1);
        int lineStart = 0;
        boolean leading = true; // every line so far blank, and dropped
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
                c = '\n';
            }
            if (c == '\n') {
                int end = withoutTrailingBlanks(text, lineStart);
                text.setLength(end);
                if (leading && end == lineStart) {
                    continue;
                }
                leading = false;
                text.append('\n');
                lineStart = text.length();
            } else if (c == '\t' || !(Character.getType(c) == Character.CONTROL || c == '\uFFFE' || c == '\uFFFF')) {
                text.append(c);
            }
        }
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        return end == 0 ? "" : text.append('\n').toString();
    }

    private static int withoutTrailingBlanks(StringBuilder text, int lineStart) {
        int end = text.length();
        while (end > lineStart && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }
}
