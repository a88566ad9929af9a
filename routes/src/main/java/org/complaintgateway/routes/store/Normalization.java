package org.complaintgateway.routes.store;

import java.util.Objects;

/** What normalize decided about a journaled message, for the store to record with it. */
public sealed interface Normalization {

    /** A complaint to deliver: the canonical JSON goes to the outbox, the message is QUEUED. */
    record Queue(byte[] complaintJson) implements Normalization {
        public Queue {
            Objects.requireNonNull(complaintJson, "complaintJson");
        }
    }

    /** Held for a merge window (a chat): journaled WAITING, to be merged and normalized later. */
    record Wait() implements Normalization {
    }

    /** Not to deliver: IGNORED or QUARANTINED, with the reason. */
    record Finish(LedgerState state, String reason) implements Normalization {
        public Finish {
            if (state != LedgerState.IGNORED && state != LedgerState.QUARANTINED) {
                throw new IllegalArgumentException("normalize ends a message IGNORED or QUARANTINED, not " + state);
            }
            Objects.requireNonNull(reason, "reason");
        }
    }
}
