package org.complaintgateway.routes.store;

/** Where an inbound message stands; every message ends in exactly one terminal state. */
public enum LedgerState {
    RECEIVED(false), NORMALIZED(false), QUEUED(false),
    FORWARDED(true), DUPLICATE(true), IGNORED(true), QUARANTINED(true), DEAD_LETTER(true);

    private final boolean terminal;

    LedgerState(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean terminal() {
        return terminal;
    }
}
