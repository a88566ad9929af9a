package org.complaintgateway.routes.outbound;

import java.time.Instant;

/**
 * Sends messages on one configured channel, as its provider's API documents it. Never throws for what the provider
 * answers: every answer is a {@link SendOutcome}; the reason never holds a token or the message's text.
 */
public interface ReplySender {

    /**
     * @param outboundId the outbound message's id: where the provider takes an idempotency key or a client message
     *                   id, this is it, so that a retried attempt does not send twice
     * @param content    what to send and where (its reply hint)
     * @param now        the time of the attempt (WhatsApp: inside the 24-hour window or not)
     */
    SendOutcome send(String outboundId, ReplyContent content, Instant now);
}
