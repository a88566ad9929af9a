package org.complaintgateway.routes.store;

import java.util.regex.Pattern;

/** The human-readable protocol number: {@code PREFIX-YYYY-NNNNNN}, e.g. {@code RC-2026-000042}. */
public final class ProtocolNumbers {

    private ProtocolNumbers() {
    }

    /** The sequence is padded to six digits and grows past them rather than wrap. */
    public static String format(String prefix, int year, long sequence) {
        return String.format("%s-%04d-%06d", prefix, year, sequence);
    }

    /** Matches the numbers {@link #format} makes for {@code prefix}; group 1 is the year, group 2 the sequence. */
    public static Pattern pattern(String prefix) {
        return Pattern.compile(Pattern.quote(prefix) + "-(\\d{4})-(\\d{6,})");
    }
}
