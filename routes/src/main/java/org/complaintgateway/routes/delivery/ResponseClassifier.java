package org.complaintgateway.routes.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * Sorts a downstream answer into delivered, retry or rejected. Retryable are the answers that say
 * "not now" (RFC 9110: 408, 425 Too Early, 429, every 5xx); any other 4xx means the complaint itself
 * was refused and goes to the dead letters.
 */
public final class ResponseClassifier {

    private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

    private ResponseClassifier() {
    }

    /** {@code body} is read only for a refusal, which keeps it: a busy gateway's 2xx answers are never converted. */
    public static DeliveryOutcome classify(int status, String retryAfter, Supplier<String> body, Instant now) {
        if (status >= 200 && status < 300) {
            return new DeliveryOutcome.Delivered(status);
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return new DeliveryOutcome.Retry("downstream answered " + status, parseRetryAfter(retryAfter, now));
        }
        return new DeliveryOutcome.Rejected(status, "downstream refused with " + status, body.get());
    }

    /** {@code Retry-After} is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3); anything else is ignored. */
    static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(v));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait;
    }
}
