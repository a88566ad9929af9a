package org.complaintgateway.mappings;

import java.time.Instant;
import java.util.Objects;

/** What the journal assigned to a message when it was received: the complaint id, protocol number and time. */
public record Identity(String complaintId, String protocolNumber, Instant receivedAt) {
    public Identity {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(protocolNumber, "protocolNumber");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
