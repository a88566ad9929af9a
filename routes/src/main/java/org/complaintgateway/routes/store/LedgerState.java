package org.complaintgateway.routes.store;

/**
 * Where an inbound message stands; every message ends in exactly one terminal state. WAITING: a chat message held for
 * its merge window; MERGED: it became part of the complaint of an earlier message of the same customer and chat.
 */
public enum LedgerState {
    RECEIVED(false), WAITING(false), NORMALIZED(false), QUEUED(false),
    FORWARDED(true), DUPLICATE(true), IGNORED(true), QUARANTINED(true), DEAD_LETTER(true), MERGED(true);

    /** How a MERGED message's reason begins; the complaint id follows. */
    public static final String MERGED_INTO = "merged into ";

    private final boolean terminal;

    LedgerState(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean terminal() {
        return terminal;
    }
}
