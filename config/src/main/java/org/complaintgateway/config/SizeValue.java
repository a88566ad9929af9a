package org.complaintgateway.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** A positive size in bytes: {@code 512}, {@code 64KB}, {@code 10MB}, {@code 1GB}; binary multiples (KB = 1024). */
final class SizeValue implements ValueType<Long> {
    static final String FORMS = "a positive size such as 512, 64KB, 10MB or 1GB";
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})(KB|MB|GB)?");
    private static final Map<String, Long> MULTIPLES = Map.of("KB", 1L << 10, "MB", 1L << 20, "GB", 1L << 30);

    @Override
    public Long read(Node node, Cursor cursor) {
        String text = cursor.scalar(node, FORMS);
        if (text == null) {
            return null;
        }
        long bytes = bytes(text);
        if (bytes <= 0) {
            cursor.expected(node, FORMS);
            return null;
        }
        return bytes;
    }

    /** The size in bytes, or 0 when the text is not a size or does not fit in a long. */
    private static long bytes(String text) {
        Matcher size = SIZE.matcher(text);
        if (!size.matches()) {
            return 0;
        }
        try {
            long multiple = size.group(2) == null ? 1 : MULTIPLES.get(size.group(2));
            return Math.multiplyExact(Long.parseLong(size.group(1)), multiple);
        } catch (ArithmeticException e) {
            return 0;
        }
    }
}
