package org.complaintgateway.routes.store;

import java.util.Optional;

/** A merge that took place: the state the first message ended in, and its outbox item when it was queued (claimed). */
public record MergeOutcome(LedgerState state, Optional<OutboxItem> claimed) {
}
