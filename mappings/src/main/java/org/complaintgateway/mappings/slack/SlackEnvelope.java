package org.complaintgateway.mappings.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The Events API's wrapper around one event: the event id, the inner event and our bot's user id. Slack names the
 * installation the event is delivered for in {@code authorizations} (one entry since 2021); when that is a bot, its
 * user id is ours, the author of our own replies.
 */
record SlackEnvelope(String eventId, String botUserId, JsonNode event) {

    static final String EVENT_CALLBACK = "event_callback";

    SlackEnvelope {
        Objects.requireNonNull(event, "event");
    }

    /** The envelope of a parsed body; throws {@link NotASlackEvent} for anything but an {@code event_callback}. */
    static SlackEnvelope of(JsonNode root) {
        String type = SlackJson.text(root, "type");
        if (!EVENT_CALLBACK.equals(type)) {
            throw new NotASlackEvent("type " + SlackJson.printable(type));
        }
        JsonNode event = root.get("event");
        if (event == null || !event.isObject()) {
            throw new NotASlackEvent("no event object");
        }
        return new SlackEnvelope(SlackJson.text(root, "event_id"), botUserId(root.get("authorizations")), event);
    }

    private static String botUserId(JsonNode authorizations) {
        JsonNode first = authorizations != null && authorizations.isArray() ? authorizations.get(0) : null;
        // A user's installation names that user: their messages are the customer's, never our own.
        if (first == null || !first.path("is_bot").asBoolean(false)) {
            return null;
        }
        return SlackJson.text(first, "user_id");
    }
}
