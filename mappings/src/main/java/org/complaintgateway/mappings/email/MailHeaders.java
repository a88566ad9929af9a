package org.complaintgateway.mappings.email;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * The header fields of one message or part, by case-insensitive name, unfolded. Values are read from the raw bytes:
 * UTF-8 where they are valid UTF-8 (RFC 6532 allows it, and clients send it regardless), else windows-1252.
 */
final class MailHeaders {

    private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])|\\r?\\n$");

    private final List<Entry> entries;

    private record Entry(String name, String value) {
    }

    private MailHeaders(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static MailHeaders of(Header header) {
        List<Entry> entries = new ArrayList<>();
        if (header != null) {
            for (Field field : header.getFields()) {
                entries.add(new Entry(field.getName().strip().toLowerCase(Locale.ROOT), value(field)));
            }
        }
        return new MailHeaders(entries);
    }

    /** The first value of the field, unfolded and stripped, or null when the field is absent. */
    String first(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.name().equals(lower)).map(Entry::value).findFirst().orElse(null);
    }

    /** Every value of the field, in header order. */
    List<String> all(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.name().equals(lower)).map(Entry::value).toList();
    }

    /** The name (lower case) of the first field whose name starts with {@code prefix}, if any. */
    Optional<String> firstNameStartingWith(String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        return entries.stream().map(Entry::name).filter(n -> n.startsWith(lower)).findFirst();
    }

    private static String value(Field field) {
        ByteSequence raw = field.getRaw();
        if (raw == null) {
            return unfold(field.getBody());
        }
        String line = TextDecoder.decode(raw.toByteArray(), StandardCharsets.UTF_8.name()).text();
        int colon = line.indexOf(':');
        return unfold(colon < 0 ? "" : line.substring(colon + 1));
    }

    private static String unfold(String value) {
        return value == null ? "" : FOLD.matcher(value).replaceAll("").strip();
    }
}
