package org.complaintgateway.routes.store;

/** Where a message the gateway sends (a reply, an acknowledgment) stands: QUEUED until SENT, or FAILED with the reason. */
public enum OutboundState {
    QUEUED(false), SENT(true), FAILED(true);

    private final boolean terminal;

    OutboundState(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean terminal() {
        return terminal;
    }
}
