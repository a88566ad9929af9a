package org.complaintgateway.mappings.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.ProtocolNumberPatterns;

/**
 * Our protocol numbers in a chat text, e.g. "about RC-2026-000042 again". Unlike an e-mail subject there is no tag
 * around them, and people type them in lower case, so any case is taken and the number read in upper case.
 */
final class ProtocolNumbers {

    private ProtocolNumbers() {
    }

    /** The first protocol number in {@code text}; any prefix of our shape when {@code prefix} is null. */
    static Optional<String> first(String text, String prefix) {
        Matcher matcher = ProtocolNumberPatterns.of("(?<![A-Za-z0-9])(%s)(?![A-Za-z0-9])", prefix, Pattern.CASE_INSENSITIVE)
                .matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}
