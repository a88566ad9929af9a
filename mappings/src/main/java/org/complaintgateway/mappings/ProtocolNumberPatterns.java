package org.complaintgateway.mappings;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Patterns that find our protocol numbers in text (a subject tag, a chat message), compiled once per shape and prefix:
 * the mappers look for one in every message, and compiling the pattern each time cost more than the search.
 */
public final class ProtocolNumberPatterns {

    /** Any prefix of our shape: a capital letter, then up to nine capitals or digits. */
    private static final String ANY_PREFIX = "[A-Z][A-Z0-9]{0,9}";

    /** A handful of entries: the shapes are constants and the prefix comes from the config. */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private ProtocolNumberPatterns() {
    }

    /**
     * {@code shape} with its {@code %s} replaced by a protocol number of {@code prefix} (any prefix of our shape when
     * it is null or blank), e.g. {@code \[\s*(%s)\s*]} for a subject tag; group 1 should hold the number.
     */
    public static Pattern of(String shape, String prefix, int flags) {
        String head = prefix == null || prefix.isBlank() ? ANY_PREFIX : Pattern.quote(prefix.strip());
        String regex = shape.replace("%s", head + "-\\d{4}-\\d{6,}");
        return COMPILED.computeIfAbsent(flags + ":" + regex, key -> Pattern.compile(regex, flags));
    }
}
