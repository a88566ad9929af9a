package org.complaintgateway.mappings.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What kind of update one is. The Bot API sends "at most one of the optional parameters" beside {@code update_id}:
 * the name of that one object field is the kind (message, edited_message, callback_query, ...). New kinds appear
 * with new API versions; they are not complaints until someone maps them.
 */
final class UpdateKinds {

    static final String MESSAGE = "message";
    static final String EDITED_MESSAGE = "edited_message";
    static final String CHANNEL_POST = "channel_post";
    static final String EDITED_CHANNEL_POST = "edited_channel_post";

    private UpdateKinds() {
    }

    /** The kind of {@code update}. */
    static String of(JsonNode update) {
        if (update == null || !update.isObject()) {
            throw new UnreadableUpdate("the update is not a JSON object");
        }
        if (!update.path("update_id").isIntegralNumber() || !update.path("update_id").canConvertToLong()) {
            throw new UnreadableUpdate("update_id missing or not a whole number");
        }
        for (Map.Entry<String, JsonNode> field : update.properties()) {
            if (field.getValue().isObject()) {
                return field.getKey();
            }
        }
        throw new UnreadableUpdate("the update carries no object beside update_id");
    }

    static boolean isMessage(String kind) {
        return MESSAGE.equals(kind) || EDITED_MESSAGE.equals(kind);
    }

    static boolean isChannelPost(String kind) {
        return CHANNEL_POST.equals(kind) || EDITED_CHANNEL_POST.equals(kind);
    }

    /** The message of a message, edited_message, channel_post or edited_channel_post update, else null. */
    static JsonNode anyMessageOrNull(JsonNode update) {
        return firstObject(update, MESSAGE, EDITED_MESSAGE, CHANNEL_POST, EDITED_CHANNEL_POST);
    }

    /** The message of a message or edited_message update, else null; never throws. */
    static JsonNode messageOrNull(JsonNode update) {
        return firstObject(update, MESSAGE, EDITED_MESSAGE);
    }

    private static JsonNode firstObject(JsonNode update, String... kinds) {
        if (update == null || !update.isObject()) {
            return null;
        }
        for (String kind : kinds) {
            JsonNode message = update.get(kind);
            if (message != null && message.isObject()) {
                return message;
            }
        }
        return null;
    }
}
