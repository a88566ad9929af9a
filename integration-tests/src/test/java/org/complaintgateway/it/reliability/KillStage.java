package org.complaintgateway.it.reliability;

/**
 * Where the work of the gateway stands when a kill lands, read from its ledger (and from the senders) a moment
 * before: a kill aims at one stage and waits, for a bounded time, until some message is in it.
 */
enum KillStage {
    /** HTTP requests sent and not yet answered: being received and journaled. */
    RECEIVING,
    /** Journaled, not yet queued for delivery: RECEIVED, WAITING or NORMALIZED rows. */
    NORMALIZING,
    /** Queued for delivery, no attempt failed yet. */
    DELIVERING,
    /** Queued for delivery after at least one failed attempt. */
    RETRYING;

    /** The work in each stage at one moment. */
    record Snapshot(int receiving, long normalizing, long delivering, long retrying) {

        long in(KillStage stage) {
            return switch (stage) {
                case RECEIVING -> receiving;
                case NORMALIZING -> normalizing;
                case DELIVERING -> delivering;
                case RETRYING -> retrying;
            };
        }

        @Override
        public String toString() {
            return "receiving " + receiving + ", normalizing " + normalizing + ", delivering " + delivering
                    + ", retrying " + retrying;
        }
    }
}
