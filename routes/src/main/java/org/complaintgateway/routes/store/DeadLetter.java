package org.complaintgateway.routes.store;

import java.time.Instant;

/** A complaint the downstream refused for good, with its answer, until replayed. */
public record DeadLetter(String id, String protocolNumber, String channelId, String reason, Integer lastStatus,
                         String lastResponse, int attempts, Instant failedAt) {
}
