package org.complaintgateway.mappings.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads and writes the fields of the journal documents our intakes write beside a channel's payload (a Telegram
 * bundle, a Meta event). Whatever is wrong is an {@link IllegalArgumentException} naming where and which field,
 * never its value: the value can be the customer's words, and the message ends up in a ledger reason.
 */
public final class JsonFields {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonFields() {
    }

    /**
     * The root object of {@code raw}; {@code whenEmpty} is the message for no bytes at all.
     *
     * @throws IllegalArgumentException when there are no bytes, they are not JSON, or not a JSON object
     */
    public static JsonNode readObject(byte[] raw, String whenEmpty) {
        if (raw == null || raw.length == 0) {
            throw new IllegalArgumentException(whenEmpty);
        }
        JsonNode root;
        try {
            root = STRICT.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(JsonReadProblem.describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return root;
    }

    /**
     * Each element of the list {@code array} (the value of {@code field}) as {@code read} makes it from the element
     * and where it is ("media[2]"): none when absent or null, else it must be an array of objects, all checked before
     * the first is read.
     */
    public static <T> List<T> objects(JsonNode array, String field, BiFunction<JsonNode, String, T> read) {
        int size = elements(array, field);
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(read.apply(array.get(i), field + "[" + i + "]"));
        }
        return values;
    }

    /** The string {@code field} of {@code node} (in {@code where}); null when absent or null, else it must be one. */
    public static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + " is not a string");
        }
        return value.textValue();
    }

    /** As {@link #text}, but absent, null or empty is "{@code where.field} missing". */
    public static String requiredText(JsonNode node, String field, String where) {
        String value = text(node, field, where);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(where + "." + field + " missing");
        }
        return value;
    }

    /** The object {@code field} of {@code node}; null when absent or of another type, since it is optional context. */
    public static JsonNode objectOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isObject() ? value : null;
    }

    private static int elements(JsonNode array, String field) {
        if (array == null || array.isNull()) {
            return 0;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException(field + " is not an array");
        }
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                throw new IllegalArgumentException(field + "[" + i + "] is not an object");
            }
        }
        return array.size();
    }

    /** Writes {@code field} only when there is a value, so that an absent value stays absent on reading back. */
    public static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
