package org.complaintgateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@code replies} section: the reply API ({@code POST /api/v1/complaints/{id}/replies}) through which the
 * downstream answers customers on their own channel, and how the gateway sends those answers.
 *
 * @param auth           how each reply API request proves it comes from the downstream
 * @param maxAttempts    tries of one outbound message before it is FAILED (default 8)
 * @param initialBackoff wait before the first retry, doubling up to {@code maxBackoff} (default 2s)
 * @param maxBackoff     the longest wait between two tries (default 5m)
 * @param callbackUrl    where each outbound message's final status (sent, failed) is POSTed, signed like deliveries
 *                       with {@code downstream.signingSecret}; null for none
 */
public record RepliesSettings(ReplyApiAuth auth, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                              URI callbackUrl) {
    public RepliesSettings {
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
    }
}
