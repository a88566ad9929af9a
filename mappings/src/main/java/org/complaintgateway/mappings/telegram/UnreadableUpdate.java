package org.complaintgateway.mappings.telegram;

/** The update is not the Bot API shape we rely on; the message names the field, never its value. */
final class UnreadableUpdate extends RuntimeException {

    UnreadableUpdate(String message) {
        super(message);
    }
}
