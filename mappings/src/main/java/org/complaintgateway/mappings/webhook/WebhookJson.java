package org.complaintgateway.mappings.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.complaintgateway.mappings.json.JsonReadProblem;

/** Reads a webhook's JSON body and the values its configured pointers point at. */
final class WebhookJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private WebhookJson() {
    }

    /** The body as a JSON tree; throws {@link UnreadableWebhookBody} saying why not, by position only. */
    static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new UnreadableWebhookBody("empty body");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UnreadableWebhookBody(JsonReadProblem.describe(e));
        } catch (IOException e) {
            throw new UnreadableWebhookBody("unreadable body");
        }
        if (root == null || root.isMissingNode()) {
            throw new UnreadableWebhookBody("empty body");
        }
        return root;
    }

    /**
     * The text of the string or number at {@code pointer} (a number as JSON writes it: 4711, 2.5); null when the
     * pointer is null or there is nothing there: missing, JSON null, a blank string, a boolean, an object or an array.
     */
    static String scalar(JsonNode root, String pointer) {
        if (pointer == null) {
            return null;
        }
        JsonNode value = root.at(pointer);
        if (value.isNumber()) {
            return value.toString();
        }
        return value.isTextual() && !value.textValue().isBlank() ? value.textValue() : null;
    }
}
