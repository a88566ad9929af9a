package org.complaintgateway.mappings.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Message-ID, In-Reply-To and References values: ids without angle brackets or whitespace, oldest first. */
final class MessageIds {

    /** A thread of a few hundred mails is real; thousands of References only cost lookups. The newest count. */
    static final int MAX_IDS = 100;

    private static final Pattern BRACKETED = Pattern.compile("<([^<>]*)>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private MessageIds() {
    }

    /** The ids in {@code value}; bare ids without brackets (some clients write them) are accepted too. */
    static List<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher matcher = BRACKETED.matcher(value);
        while (matcher.find()) {
            add(ids, matcher.group(1));
        }
        if (ids.isEmpty() && value.indexOf('<') < 0) {
            for (String token : SEPARATORS.split(value.strip())) {
                add(ids, token);
            }
        }
        return List.copyOf(ids.subList(Math.max(0, ids.size() - MAX_IDS), ids.size()));
    }

    /** The first id in {@code value}, or null. */
    static String first(String value) {
        List<String> ids = parse(value);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static void add(List<String> ids, String candidate) {
        String id = WHITESPACE.matcher(candidate).replaceAll("");
        if (!id.isEmpty() && !ids.contains(id)) {
            ids.add(id);
        }
    }
}
