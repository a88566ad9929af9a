package org.complaintgateway.routes.store;

import java.time.Instant;

/**
 * One recorded outbound message.
 *
 * @param id                time-ordered id (UUIDv7), the reply id the API answers with
 * @param reason            why it FAILED, or the last retryable error while QUEUED; null otherwise
 * @param providerMessageId the provider's id of what was sent (Telegram message_id, wamid, Slack ts, our Message-ID)
 */
public record OutboundMessage(String id, String complaintId, OutboundKind kind, String channelId, String channelType,
                              String idempotencyKey, byte[] payload, OutboundState state, int attempts, String reason,
                              String providerMessageId, Instant createdAt, Instant updatedAt) {
}
