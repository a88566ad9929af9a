package org.complaintgateway.mappings.webhook;

/** The body is not JSON; the message says where it breaks, never what it says. */
final class UnreadableWebhookBody extends RuntimeException {

    UnreadableWebhookBody(String message) {
        super(message);
    }
}
