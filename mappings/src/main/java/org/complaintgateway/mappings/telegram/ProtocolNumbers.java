package org.complaintgateway.mappings.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our protocol numbers in a chat text, e.g. "about RC-2026-000042 again". Unlike an e-mail subject there is no tag
 * around them, and people type them in lower case, so any case is taken and the number read in upper case.
 */
final class ProtocolNumbers {

    private static final String ANY_PREFIX = "[A-Z][A-Z0-9]{0,9}";

    private ProtocolNumbers() {
    }

    /** The first protocol number in {@code text}; any prefix of our shape when {@code prefix} is null. */
    static Optional<String> first(String text, String prefix) {
        String head = prefix == null || prefix.isBlank() ? ANY_PREFIX : Pattern.quote(prefix.strip());
        Matcher matcher = Pattern.compile("(?<![A-Za-z0-9])(" + head + "-\\d{4}-\\d{6,})(?![A-Za-z0-9])",
                Pattern.CASE_INSENSITIVE).matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}
