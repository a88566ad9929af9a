package org.complaintgateway.routes.delivery;

import java.time.Duration;

/** What one delivery attempt came to: done, worth another try, or refused for good. */
public sealed interface DeliveryOutcome {

    record Delivered(int status) implements DeliveryOutcome {}

    /** A transient failure; {@code retryAfter} is the downstream's own wish, or null. */
    record Retry(String reason, Duration retryAfter) implements DeliveryOutcome {}

    /** The downstream refused the complaint; replaying it unchanged would fail again. */
    record Rejected(int status, String reason, String responseBody) implements DeliveryOutcome {}
}
