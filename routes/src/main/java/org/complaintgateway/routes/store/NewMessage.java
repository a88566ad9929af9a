package org.complaintgateway.routes.store;

import java.util.Objects;

/**
 * A message as a channel received it, about to be journaled.
 *
 * @param channelId   configured channel id
 * @param channelType channel type, e.g. {@code webform}
 * @param externalKey the source's own key (Message-ID, update id, Idempotency-Key), may be null
 * @param dedupeKey   if not null, a second message with the same key on the same channel is a DUPLICATE
 * @param contentType media type of {@code raw}
 * @param raw         the bytes exactly as received (or, for the web form, its fields as JSON)
 * @param dedupeScope where {@code dedupeKey} must be unique: the channel id, or a scope several channels share
 *                    (e-mail channels that see the same mail in two mailboxes)
 */
public record NewMessage(String channelId, String channelType, String externalKey, String dedupeKey,
                         String contentType, byte[] raw, String dedupeScope) {
    public NewMessage {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(channelType, "channelType");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(dedupeScope, "dedupeScope");
    }

    /** Deduplicated within its own channel. */
    public NewMessage(String channelId, String channelType, String externalKey, String dedupeKey, String contentType,
                      byte[] raw) {
        this(channelId, channelType, externalKey, dedupeKey, contentType, raw, channelId);
    }
}
