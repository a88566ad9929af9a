package org.complaintgateway.mappings.slack;

/** The request body is no Events API {@code event_callback}; the message says why without quoting the body. */
final class NotASlackEvent extends RuntimeException {

    NotASlackEvent(String message) {
        super(message);
    }
}
