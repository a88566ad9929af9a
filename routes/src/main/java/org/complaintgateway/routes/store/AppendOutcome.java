package org.complaintgateway.routes.store;

import java.util.Optional;

/**
 * The outcome of journaling and normalizing in one step: the journal entry as recorded (or the
 * original, when {@code duplicate}), and the outbox item, claimed, when the complaint was queued.
 */
public record AppendOutcome(JournalEntry entry, boolean duplicate, Optional<OutboxItem> claimed) {
}
