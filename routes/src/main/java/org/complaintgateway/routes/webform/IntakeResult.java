package org.complaintgateway.routes.webform;

import java.time.Duration;
import java.util.List;
import org.complaintgateway.mappings.webform.FieldError;

/** What the web channel answers a submission with, before it is rendered as JSON or HTML. */
public sealed interface IntakeResult {

    /** Journaled (202); {@code repeated} when the Idempotency-Key was seen before and this is the first answer again. */
    record Accepted(String id, String protocolNumber, boolean repeated) implements IntakeResult {}

    /** 400: fields missing or invalid, each named. */
    record Invalid(List<FieldError> errors) implements IntakeResult {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    /** 400: the body could not be read at all (malformed JSON, bad Idempotency-Key). */
    record Malformed(String message) implements IntakeResult {}

    /** 413: the body is larger than the channel accepts. */
    record TooLarge(long limitBytes) implements IntakeResult {}

    /** 415: neither JSON nor a form. */
    record UnsupportedType(String contentType) implements IntakeResult {}

    /** 429: too many submissions from this address or sender. */
    record RateLimited(String scope, Duration retryAfter) implements IntakeResult {}

    /** 503: the store is down; nothing was accepted, the client should retry. */
    record StoreDown() implements IntakeResult {}

    /** 503: more is waiting to be processed than the gateway takes on; nothing was accepted, retry shortly. */
    record Busy() implements IntakeResult {}
}
