package org.complaintgateway.routes.store;

/**
 * The outcome of journaling: the new entry, or, when its dedupe key was seen before, the original
 * entry ({@code duplicate} true; the new message was recorded as DUPLICATE of it).
 */
public record JournalResult(JournalEntry entry, boolean duplicate) {
}
