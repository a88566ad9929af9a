package org.complaintgateway.mappings.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.json.JsonReadProblem;

/** Reads a request body Slack sent, and the values of its fields, the way every class of this package needs them. */
final class SlackJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    // Slack's type names and ids (message_changed, C0123ABCDEF); anything else is not repeated in a ledger reason.
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private SlackJson() {
    }

    /** The body as a JSON object; throws {@link NotASlackEvent} saying why not, by position only. */
    static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new NotASlackEvent("empty body");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new NotASlackEvent(JsonReadProblem.describe(e));
        } catch (IOException e) {
            throw new NotASlackEvent("unreadable body");
        }
        if (root == null || !root.isObject()) {
            throw new NotASlackEvent("not a JSON object");
        }
        return root;
    }

    /** The string value of {@code field}; null when it is missing, empty or not a string. */
    static String text(JsonNode parent, String field) {
        JsonNode value = parent == null ? null : parent.get(field);
        return value != null && value.isTextual() && !value.textValue().isEmpty() ? value.textValue() : null;
    }

    /** {@code name} when it looks like one of Slack's type names or ids, so that a reason never quotes anything else. */
    static String printable(String name) {
        if (name == null) {
            return "(none)";
        }
        return NAME.matcher(name).matches() ? name : "(unprintable)";
    }
}
