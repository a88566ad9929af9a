package org.complaintgateway.routes.telegram;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the Bot API answered to one call: {@code {"ok":true,"result":...}}, or an error with Telegram's code and
 * description (and {@code retry_after} on 429), or no answer at all ({@code status} 0: not reachable, timed out).
 *
 * @param retryAfterSeconds from {@code parameters.retry_after}, else 0
 */
public record BotAnswer(String method, int status, boolean ok, JsonNode result, String description, long retryAfterSeconds) {

    static BotAnswer of(String method, int status, JsonNode body) {
        if (body == null || !body.isObject()) {
            return new BotAnswer(method, status, false, null, "HTTP " + status + " without a Bot API answer", 0);
        }
        boolean ok = body.path("ok").asBoolean(false) && status == 200;
        String description = body.path("description").asText(ok ? "" : "HTTP " + status);
        return new BotAnswer(method, status, ok, body.get("result"), description,
                body.path("parameters").path("retry_after").asLong(0));
    }

    static BotAnswer unreachable(String method, String why) {
        return new BotAnswer(method, 0, false, null, "no answer: " + why, 0);
    }

    /** For logs and health: the method, status and Telegram's own words. */
    public String describe() {
        return method + (status == 0 ? " got " : " answered " + status + ": ") + description;
    }
}
