package org.complaintgateway.routes.outbound;

import java.time.Duration;

/**
 * How long a provider asked us to wait. Telegram ({@code parameters.retry_after}), Slack and the Graph API
 * ({@code Retry-After}) all give delta-seconds; anything else is ignored and the worker's own backoff applies.
 * Capped, so that one odd answer cannot park a reply for days.
 */
final class RetryAfter {

    private static final Duration LONGEST = Duration.ofHours(1);

    private RetryAfter() {
    }

    /** The header's delta-seconds, or null when there is no header or it is not a number. */
    static Duration ofHeader(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }

    static Duration ofSeconds(long seconds) {
        return seconds <= 0 ? Duration.ZERO : seconds >= LONGEST.toSeconds() ? LONGEST : Duration.ofSeconds(seconds);
    }
}
