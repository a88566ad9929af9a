package org.complaintgateway.routes.store;

import java.util.regex.Pattern;

/** The human-readable protocol number: {@code PREFIX-YYYY-NNNNNN}, e.g. {@code RC-2026-000042}. */
public final class ProtocolNumbers {

    private ProtocolNumbers() {
    }

    /** The sequence is padded to six digits and grows past them rather than wrap. */
    public static String format(String prefix, int year, long sequence) {
        // on the append path, under a lock: plain concatenation, not String.format's parser
        String digits = Long.toString(sequence);
        StringBuilder number = new StringBuilder(prefix.length() + 12 + digits.length()).append(prefix).append('-');
        String yearDigits = Integer.toString(year);
        number.append("0000", 0, Math.max(0, 4 - yearDigits.length())).append(yearDigits).append('-');
        return number.append("000000", 0, Math.max(0, 6 - digits.length())).append(digits).toString();
    }

    /** Matches the numbers {@link #format} makes for {@code prefix}; group 1 is the year, group 2 the sequence. */
    public static Pattern pattern(String prefix) {
        return Pattern.compile(Pattern.quote(prefix) + "-(\\d{4})-(\\d{6,})");
    }
}
