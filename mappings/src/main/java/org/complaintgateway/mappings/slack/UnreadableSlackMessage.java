package org.complaintgateway.mappings.slack;

/** A message event lacks a field every message has; the message names the field, never a value. */
final class UnreadableSlackMessage extends RuntimeException {

    UnreadableSlackMessage(String message) {
        super(message);
    }
}
