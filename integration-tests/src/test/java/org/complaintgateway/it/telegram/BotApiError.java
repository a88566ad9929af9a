package org.complaintgateway.it.telegram;

import java.util.OptionalInt;

/**
 * An error answer of the Bot API: the HTTP status, which the Bot API repeats as {@code error_code}, and the
 * description. Descriptions follow tdlib/telegram-bot-api ({@code Client.cpp}), so a client that matches on them
 * (as clients do for "Conflict: terminated by other getUpdates request") sees the real text.
 */
final class BotApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String description;
    private final OptionalInt retryAfterSeconds;

    private BotApiError(int status, String description, OptionalInt retryAfterSeconds) {
        super(description, null, false, false);
        this.status = status;
        this.description = description;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static BotApiError of(int status, String description) {
        if (status == 429) {
            throw new IllegalArgumentException("a 429 carries retry_after: use failNextWith429");
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        return new BotApiError(status, description, OptionalInt.empty());
    }

    /** With the description the Bot API gives for the status when nothing more specific applies. */
    static BotApiError of(int status) {
        return of(status, switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error " + status;
        });
    }

    static BotApiError badRequest(String reason) {
        return of(400, "Bad Request: " + reason);
    }

    static BotApiError unauthorized() {
        return of(401);
    }

    static BotApiError notFound() {
        return of(404);
    }

    static BotApiError conflict(String description) {
        return of(409, description);
    }

    /** The flood-control answer; the real server also sends the seconds as a Retry-After header. */
    static BotApiError tooManyRequests(int retryAfterSeconds) {
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("retry_after is at least one second");
        }
        return new BotApiError(429, "Too Many Requests: retry after " + retryAfterSeconds,
                OptionalInt.of(retryAfterSeconds));
    }

    int status() {
        return status;
    }

    String description() {
        return description;
    }

    OptionalInt retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
