package org.complaintgateway.routes.store;

import java.util.Objects;

/**
 * A message to send on a complaint's channel, about to be recorded.
 *
 * @param complaintId    the complaint (journal id) it answers
 * @param kind           reply or acknowledgment
 * @param channelId      the channel it goes out on (the complaint's, from its reply hint)
 * @param channelType    that channel's type, e.g. {@code telegram}
 * @param idempotencyKey the sender's key: a second message with the same key for the same complaint is not recorded
 *                       again (the first is returned); at most 200 characters
 * @param payload        what to send, as the outbound payload JSON ({@code routes.outbound.ReplyContent})
 * @param recipient      whom it goes to on the channel (an address, a chat id, a number), for the limit of
 *                       acknowledgments per recipient; may be null
 */
public record NewOutbound(String complaintId, OutboundKind kind, String channelId, String channelType,
                          String idempotencyKey, byte[] payload, String recipient) {
    public NewOutbound {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(channelType, "channelType");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(payload, "payload");
    }

    /** Without a recipient. */
    public NewOutbound(String complaintId, OutboundKind kind, String channelId, String channelType,
                       String idempotencyKey, byte[] payload) {
        this(complaintId, kind, channelId, channelType, idempotencyKey, payload, null);
    }
}
