package org.complaintgateway.routes.store;

import java.time.Instant;

/** A complaint waiting for delivery, claimed by one worker for a lease. */
public record OutboxItem(String id, String protocolNumber, String channelId, byte[] payload, int attempts,
                         Instant createdAt, Instant nextAttemptAt) {
}
