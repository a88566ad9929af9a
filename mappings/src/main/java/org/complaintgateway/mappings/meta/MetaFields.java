package org.complaintgateway.mappings.meta;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of Meta's payloads, which mappers and the splitter share. Meta documents ids as strings but has
 * sent numbers in places over the API versions; both are read as their decimal string. Required fields throw
 * {@link UnreadableEvent} naming the field, never its value.
 */
final class MetaFields {

    private MetaFields() {
    }

    /** A string or whole-number id as a string; null when missing, empty or of another type. */
    static String id(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue().isEmpty() ? null : value.textValue();
        }
        return value.isIntegralNumber() ? value.asText() : null;
    }

    static String requiredId(JsonNode value, String where) {
        String id = id(value);
        if (id == null) {
            throw new UnreadableEvent(where + " missing");
        }
        return id;
    }

    /** A string; null when missing or null; of another type it is unreadable. */
    static String text(JsonNode value, String where) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new UnreadableEvent(where + " is not a string");
        }
        return value.textValue();
    }

    static String requiredText(JsonNode value, String where) {
        String text = text(value, where);
        if (text == null || text.isEmpty()) {
            throw new UnreadableEvent(where + " missing");
        }
        return text;
    }

    /** A string or null, never throwing: for keys, where an unreadable field only means a less specific key. */
    static String textOrNull(JsonNode value) {
        return value != null && value.isTextual() && !value.textValue().isEmpty() ? value.textValue() : null;
    }

    /** A whole number of seconds or milliseconds, as a number or its decimal string; null otherwise. */
    static Long epoch(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.textValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
