package org.complaintgateway.routes.store;

/** What recording an outbound message did: recorded it, or found the one with the same idempotency key ({@code existing}). */
public record OutboundOutcome(OutboundMessage message, boolean existing) {
}
