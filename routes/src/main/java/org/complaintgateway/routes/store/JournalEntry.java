package org.complaintgateway.routes.store;

import java.time.Instant;

/** One row of the journal: a received message, its identity and where it stands. */
public record JournalEntry(String id, String protocolNumber, String channelId, String channelType,
                           String externalKey, String contentType, byte[] raw, LedgerState state,
                           String reason, Instant receivedAt, Instant updatedAt) {
}
