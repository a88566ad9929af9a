package org.complaintgateway.it.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes answers in the Bot API's envelope: {@code {"ok":true,"result":...}} or
 * {@code {"ok":false,"error_code":N,"description":"..."}} with N as the HTTP status, and on 429 the
 * {@code parameters.retry_after} and the Retry-After header the real server sends.
 */
final class BotApiReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BotApiReplies() {
    }

    static void ok(HttpExchange exchange, BotMethods.Answer answer) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        body.set("result", answer.result());
        if (!answer.description().isEmpty()) {
            body.put("description", answer.description());
        }
        json(exchange, 200, body);
    }

    static void error(HttpExchange exchange, BotApiError error) throws IOException {
        ObjectNode body = JSON.createObjectNode()
                .put("ok", false)
                .put("error_code", error.status())
                .put("description", error.description());
        error.retryAfterSeconds().ifPresent(seconds -> {
            body.putObject("parameters").put("retry_after", seconds);
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(seconds));
        });
        json(exchange, error.status(), body);
    }

    static void file(HttpExchange exchange, FileStore.RegisteredFile file) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, file.size() == 0 ? -1 : file.size());
        try (OutputStream out = exchange.getResponseBody()) {
            file.writeTo(out);
        }
    }

    private static void json(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
