package org.complaintgateway.it.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A call's parameters as the Bot API reads them: from the query string and from an
 * {@code application/x-www-form-urlencoded} or {@code application/json} body, every value as text (a JSON body's
 * objects and arrays become their JSON text, as a form sends them). As in the real server an empty value counts as
 * absent, and numbers are read leniently (leading digits, else 0) and clamped rather than refused.
 */
final class BotApiParameters {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> values;

    private BotApiParameters(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    static BotApiParameters read(HttpExchange exchange) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        addForm(exchange.getRequestURI().getRawQuery(), values);
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (body.length > 0) {
            String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type"))
                    .orElse("").toLowerCase(Locale.ROOT);
            if (contentType.startsWith("application/json")) {
                addJson(body, values);
            } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
                addForm(new String(body, StandardCharsets.UTF_8), values);
            } else if (contentType.startsWith("multipart/form-data")) {
                // the real API takes uploads this way; the gateway only reads, so the fake does not parse them
                throw BotApiError.badRequest("multipart/form-data is not read by this fake Bot API");
            }
        }
        return new BotApiParameters(values);
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isEmpty());
    }

    /** The value, or a 400 with the real API's {@code reason} for this parameter (it differs from method to method). */
    String required(String name, String reason) {
        return text(name).orElseThrow(() -> BotApiError.badRequest(reason));
    }

    /** As tdlib's {@code to_integer}: an optional minus and the leading digits; text without digits reads as 0. */
    long integer(String name, long defaultValue) {
        return text(name).map(BotApiParameters::leadingInteger).orElse(defaultValue);
    }

    /** As the real server's {@code get_integer_arg}: out-of-range values are clamped, never refused. */
    int clamped(String name, int defaultValue, int min, int max) {
        return (int) Math.max(min, Math.min(max, integer(name, defaultValue)));
    }

    /** As the real server's {@code to_bool}: "true", "yes" or "1", any case. */
    boolean flag(String name) {
        String value = text(name).orElse("").trim().toLowerCase(Locale.ROOT);
        return value.equals("true") || value.equals("yes") || value.equals("1");
    }

    Map<String, String> all() {
        return values;
    }

    private static long leadingInteger(String text) {
        boolean negative = text.startsWith("-");
        long value = 0;
        for (int i = negative ? 1 : 0; i < text.length() && i < 19; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }

    private static void addForm(String encoded, Map<String, String> values) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.putIfAbsent(name, value);
        }
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            throw BotApiError.badRequest("can't decode the request parameters");
        }
    }

    private static void addJson(byte[] body, Map<String, String> values) {
        JsonNode object;
        try {
            object = JSON.readTree(body);
        } catch (IOException e) {
            throw BotApiError.badRequest("can't parse JSON request body");
        }
        if (object == null || !object.isObject()) {
            throw BotApiError.badRequest("JSON request body must be an object");
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            values.putIfAbsent(field.getKey(), asText(field.getValue()));
        }
    }

    private static String asText(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
