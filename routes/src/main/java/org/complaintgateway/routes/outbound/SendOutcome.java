package org.complaintgateway.routes.outbound;

import java.time.Duration;
import java.util.Objects;

/** What became of one attempt to send a message to a customer. */
public sealed interface SendOutcome {

    /** The provider took it; {@code providerMessageId} is its id of the sent message (may be null if it gave none). */
    record Sent(String providerMessageId) implements SendOutcome {}

    /**
     * It may work later (the provider was unreachable, answered 5xx or 429): tried again with backoff, or after
     * {@code retryAfter} when the provider said how long to wait (null when it did not).
     */
    record Retry(String reason, Duration retryAfter) implements SendOutcome {
        public Retry {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** It never will (4xx: blocked by the user, chat gone, window closed without a template): FAILED with the reason. */
    record Failed(String reason) implements SendOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
