package org.complaintgateway.mappings.slack;

import com.fasterxml.jackson.databind.JsonNode;
import org.complaintgateway.mappings.InboundEvent;

/**
 * Reads the body of one request to a Slack app's Request URL into what to answer or journal: Slack sends one event
 * per request, and the same body again when it retries (with {@code X-Slack-Retry-Num}), so the keys come from the
 * event, not from the request.
 */
public final class SlackRequests {

    static final String URL_VERIFICATION = "url_verification";

    private SlackRequests() {
    }

    /** Never throws: a body that cannot be read is still one event, journaled by its hash and quarantined by mapping. */
    public static SlackRequest read(byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        try {
            JsonNode root = SlackJson.parse(raw);
            String challenge = SlackJson.text(root, "challenge");
            if (URL_VERIFICATION.equals(SlackJson.text(root, "type")) && challenge != null) {
                return new SlackRequest.UrlVerification(challenge);
            }
            return new SlackRequest.Event(event(raw, SlackEnvelope.of(root)));
        } catch (RuntimeException | StackOverflowError e) {
            return new SlackRequest.Event(new InboundEvent(null, SlackKeys.bodyDedupeKey(raw), raw));
        }
    }

    private static InboundEvent event(byte[] raw, SlackEnvelope envelope) {
        String type = SlackJson.text(envelope.event(), "type");
        String channel = SlackJson.text(envelope.event(), "channel");
        String ts = SlackJson.text(envelope.event(), "ts");
        boolean bearsMessage = SlackMessage.MESSAGE.equals(type) || SlackMessage.APP_MENTION.equals(type);
        if (bearsMessage && channel != null && ts != null) {
            return new InboundEvent(SlackKeys.messageKey(channel, ts), SlackKeys.messageDedupeKey(channel, ts), raw);
        }
        if (envelope.eventId() != null) {
            return new InboundEvent(null, SlackKeys.eventDedupeKey(envelope.eventId()), raw);
        }
        return new InboundEvent(null, SlackKeys.bodyDedupeKey(raw), raw);
    }
}
