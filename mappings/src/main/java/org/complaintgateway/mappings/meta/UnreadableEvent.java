package org.complaintgateway.mappings.meta;

/** An event is not in the shape Meta documents; the message names the field, never its value. */
final class UnreadableEvent extends RuntimeException {

    UnreadableEvent(String message) {
        super(message);
    }
}
