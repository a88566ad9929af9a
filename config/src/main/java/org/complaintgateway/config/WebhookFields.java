package org.complaintgateway.config;

import java.util.Objects;

/**
 * Where a generic webhook's JSON body holds each part of the complaint, each a JSON Pointer (RFC 6901, e.g.
 * {@code /review/author/name}); null when the source does not send it.
 *
 * @param externalId   required: the source's id of the message; a second request with the same id is a DUPLICATE
 * @param text         required: the complaint's text
 * @param customerName the customer's name
 * @param email        the customer's e-mail address
 * @param phone        the customer's phone number
 * @param subject      a subject or title
 * @param replyTo      what the downstream answers to (a conversation id, a callback URL), passed on in the reply hint
 */
public record WebhookFields(String externalId, String text, String customerName, String email, String phone,
                            String subject, String replyTo) {

    public WebhookFields {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(text, "text");
    }
}
