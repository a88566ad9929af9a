package org.complaintgateway.mappings.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a {@code message} or {@code app_mention} event the mapper reads. Only what every message has is
 * required, and only of messages that may become complaints ({@link #requireSenderAndPlace}): an edit or a deletion
 * carries no user of its own.
 */
record SlackMessage(String type, String subtype, String channel, String channelType, String user, String botId,
                    String text, String ts, String threadTs, List<SlackFile> files) {

    static final String MESSAGE = "message";
    static final String APP_MENTION = "app_mention";

    SlackMessage {
        files = List.copyOf(files);
    }

    static SlackMessage read(JsonNode event) {
        return new SlackMessage(
                SlackJson.text(event, "type"),
                SlackJson.text(event, "subtype"),
                SlackJson.text(event, "channel"),
                SlackJson.text(event, "channel_type"),
                SlackJson.text(event, "user"),
                SlackJson.text(event, "bot_id"),
                SlackJson.text(event, "text"),
                SlackJson.text(event, "ts"),
                SlackJson.text(event, "thread_ts"),
                files(event.get("files")));
    }

    /** Throws {@link UnreadableSlackMessage} naming the first of channel, ts and user that is missing. */
    void requireSenderAndPlace() {
        if (channel == null) {
            throw new UnreadableSlackMessage("no channel");
        }
        if (ts == null) {
            throw new UnreadableSlackMessage("no ts");
        }
        if (user == null) {
            throw new UnreadableSlackMessage("no user");
        }
    }

    /** The ts of the thread's first message: the message's own ts when it starts no thread or is not in one. */
    String threadRootTs() {
        return threadTs != null ? threadTs : ts;
    }

    private static List<SlackFile> files(JsonNode files) {
        List<SlackFile> result = new ArrayList<>();
        if (files == null || !files.isArray()) {
            return result;
        }
        for (JsonNode file : files) {
            JsonNode size = file.get("size");
            result.add(new SlackFile(
                    SlackJson.text(file, "id"),
                    SlackJson.text(file, "name"),
                    SlackJson.text(file, "mimetype"),
                    size != null && size.canConvertToLong() && size.isIntegralNumber() ? size.longValue() : null,
                    SlackJson.text(file, "url_private")));
        }
        return result;
    }
}
