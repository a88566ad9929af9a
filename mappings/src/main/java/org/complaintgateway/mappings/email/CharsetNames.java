package org.complaintgateway.mappings.email;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Java charset for a MIME charset name as mail clients really write them. Some names are Microsoft's or
 * IANA's spelling of a charset Java knows by another name; UTF-7 has no Java charset and is decoded by {@link Utf7}.
 */
final class CharsetNames {

    /** Names Java does not resolve, or resolves to a narrower charset than the one the sender meant. */
    private static final Map<String, String> ALIASES = Map.of(
            // Outlook labels Korean mail with the KS C 5601 standard but writes Microsoft's superset, code page 949.
            "ks_c_5601-1987", "x-windows-949",
            "ks_c_5601", "x-windows-949",
            // "-i" marks logical (implicit) text direction, same bytes as visual ISO-8859-8 (RFC 1556).
            "iso-8859-8-i", "ISO-8859-8",
            "iso-8859-8-e", "ISO-8859-8",
            "iso-8859-6-i", "ISO-8859-6",
            "iso-8859-6-e", "ISO-8859-6",
            // Windows and Outlook often mean code page 1252 when they say Latin-1; 1252 decodes every Latin-1 text.
            "iso-8859-1", "windows-1252");

    private static final String UTF_7 = "utf-7";

    private CharsetNames() {
    }

    /** Whether {@code name} means UTF-7 ({@code utf-7}, {@code unicode-1-1-utf-7}). */
    static boolean isUtf7(String name) {
        return name != null && clean(name).endsWith(UTF_7);
    }

    /** The charset for {@code name}, empty when it is missing, unknown (x-unknown, unknown-8bit...) or UTF-7. */
    static Optional<Charset> resolve(String name) {
        if (name == null || name.isBlank() || isUtf7(name)) {
            return Optional.empty();
        }
        String cleaned = clean(name);
        String javaName = ALIASES.getOrDefault(cleaned, cleaned);
        try {
            return Charset.isSupported(javaName) ? Optional.of(Charset.forName(javaName)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            // IllegalCharsetNameException: names with characters a charset name cannot contain.
            return Optional.empty();
        }
    }

    // Quotes and spaces survive in hand-written or broken Content-Type headers: charset="utf-8 ".
    private static String clean(String name) {
        return name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    }
}
