package org.complaintgateway.mappings;

import java.util.Objects;

/**
 * One event of a webhook delivery, as it is journaled: a Meta delivery carries several (each message, each status),
 * a Slack or generic webhook request one. The mapper of its channel later reads {@code raw} alone.
 *
 * @param externalKey the source's id of the message (wamid, mid, Slack channel and ts), may be null
 * @param dedupeKey   a second event with this key on the same channel is a DUPLICATE (a retried delivery); may be null
 * @param raw         the event as JSON, with what the mapper needs from around it (a WhatsApp contact's name, the
 *                    phone number it was sent to); a delivery that could not be read is one event of its raw bytes
 */
public record InboundEvent(String externalKey, String dedupeKey, byte[] raw) {
    public InboundEvent {
        Objects.requireNonNull(raw, "raw");
    }
}
