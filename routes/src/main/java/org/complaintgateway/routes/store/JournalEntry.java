package org.complaintgateway.routes.store;

import java.time.Instant;
import org.complaintgateway.mappings.Identity;

/** One row of the journal: a received message, its identity and where it stands. */
public record JournalEntry(String id, String protocolNumber, String channelId, String channelType,
                           String externalKey, String contentType, byte[] raw, LedgerState state,
                           String reason, Instant receivedAt, Instant updatedAt) {

    /** The same message in another state, with that state's reason. */
    public JournalEntry withState(LedgerState newState, String newReason) {
        return new JournalEntry(id, protocolNumber, channelId, channelType, externalKey, contentType, raw, newState,
                newReason, receivedAt, updatedAt);
    }

    /** What the journal assigned to the message, as a mapper is given it. */
    public Identity identity() {
        return new Identity(id, protocolNumber, receivedAt);
    }
}
