package org.complaintgateway.routes.store;

/**
 * Where a message the gateway sends (a reply, an acknowledgment) stands: QUEUED until SENT, or FAILED with the reason;
 * SKIPPED: an acknowledgment recorded but not to be sent, with why (a no-reply address, too many to one recipient).
 */
public enum OutboundState {
    QUEUED(false), SENT(true), FAILED(true), SKIPPED(true);

    private final boolean terminal;

    OutboundState(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean terminal() {
        return terminal;
    }
}
