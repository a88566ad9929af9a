package org.complaintgateway.mappings.slack;

import org.complaintgateway.mappings.Sha256;

/** The keys a Slack event is journaled and deduplicated by. */
final class SlackKeys {

    private SlackKeys() {
    }

    /** "channel:ts": a message's ts is unique within its channel, so both together name it. */
    static String messageKey(String channel, String ts) {
        return channel + ":" + ts;
    }

    /**
     * "message:channel:ts". A mention in a channel the app reads arrives twice, as {@code message} and as
     * {@code app_mention}, with different event ids; keyed by the message, the second is a duplicate.
     */
    static String messageDedupeKey(String channel, String ts) {
        return "message:" + messageKey(channel, ts);
    }

    /** "event:" + event_id; Slack resends the same event id when it retries a delivery. */
    static String eventDedupeKey(String eventId) {
        return "event:" + eventId;
    }

    /** "body:" + SHA-256 of a body that could not be read: the same bytes resent are one event. */
    static String bodyDedupeKey(byte[] body) {
        return "body:" + Sha256.hex(body);
    }
}
