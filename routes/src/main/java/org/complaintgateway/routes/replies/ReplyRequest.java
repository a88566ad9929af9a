package org.complaintgateway.routes.replies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.complaintgateway.mappings.model.Attachment;

/**
 * The body of {@code POST /api/v1/complaints/{id}/replies}: {@code {"text": "…", "idempotencyKey": "…",
 * "attachments": [{"name", "contentType", "content": base64}]}}, read strictly: what is wrong is named.
 */
record ReplyRequest(String text, String idempotencyKey, List<Attachment> attachments) {

    /** Longer than any channel takes in one message (Telegram 4096, WhatsApp 4096): the sender splits or refuses. */
    static final int MAX_TEXT = 20_000;
    static final int MAX_KEY = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A body that is no reply request, and why. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    static ReplyRequest read(byte[] body) throws Invalid {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new Invalid("the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new Invalid("expected a JSON object with text and idempotencyKey");
        }
        String text = root.path("text").isTextual() ? root.path("text").asText().strip() : "";
        if (text.isEmpty()) {
            throw new Invalid("text: required, a non-blank string");
        }
        if (text.length() > MAX_TEXT) {
            throw new Invalid("text: at most " + MAX_TEXT + " characters");
        }
        String key = root.path("idempotencyKey").isTextual() ? root.path("idempotencyKey").asText() : "";
        if (key.isBlank() || key.length() > MAX_KEY || key.chars().anyMatch(Character::isISOControl)) {
            throw new Invalid("idempotencyKey: required, 1 to " + MAX_KEY + " characters without control characters");
        }
        return new ReplyRequest(text, key, attachments(root.get("attachments")));
    }

    private static List<Attachment> attachments(JsonNode array) throws Invalid {
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new Invalid("attachments: expected a list");
        }
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode file = array.get(i);
            String where = "attachments[" + i + "]";
            if (!file.path("content").isTextual() || !file.path("name").isTextual()) {
                throw new Invalid(where + ": needs name and content (base64)");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(file.path("content").asText());
            } catch (IllegalArgumentException e) {
                throw new Invalid(where + ".content: not base64");
            }
            String type = file.path("contentType").isTextual() ? file.path("contentType").asText() : "application/octet-stream";
            attachments.add(Attachment.inline(file.path("name").asText(), type, bytes));
        }
        return attachments;
    }
}
