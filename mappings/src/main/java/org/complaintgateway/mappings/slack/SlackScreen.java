package org.complaintgateway.mappings.slack;

import java.util.List;
import java.util.Set;
import org.complaintgateway.mappings.MappingResult;

/**
 * The first half of mapping: is the event a customer's message to us, and what does it say. In order: the kind of
 * event, who wrote it (our bot, another app), what kind of message (edits, deletions, joins are no complaints), where
 * (a direct message, a watched channel, a mention of the app), then the words.
 */
final class SlackScreen {

    /** The outcome: the message and its text, or why it is no complaint. */
    sealed interface Screened permits Accepted, Rejected {
    }

    record Accepted(SlackMessage message, String text) implements Screened {
    }

    record Rejected(MappingResult.Ignored ignored) implements Screened {
    }

    private static final String BOT_MESSAGE = "bot_message";
    // Subtypes a person writes: a message with files, and a thread reply also sent to the channel.
    private static final Set<String> USER_SUBTYPES = Set.of("file_share", "thread_broadcast");
    // Direct messages to the app: its DM channel, and the Messages tab of its App Home.
    private static final Set<String> DIRECT_CHANNEL_TYPES = Set.of("im", "app_home");

    private SlackScreen() {
    }

    /** Throws {@link UnreadableSlackMessage} when a message that could be a complaint lacks channel, ts or user. */
    static Screened screen(SlackEnvelope envelope, SlackMappingSettings settings) {
        String type = SlackJson.text(envelope.event(), "type");
        if (!SlackMessage.MESSAGE.equals(type) && !SlackMessage.APP_MENTION.equals(type)) {
            return reject("unsupported-event: " + SlackJson.printable(type));
        }
        SlackMessage message = SlackMessage.read(envelope.event());
        // Our own replies carry a bot_id too; checked first so that the ledger tells them from other apps' messages.
        if (envelope.botUserId() != null && envelope.botUserId().equals(message.user())) {
            return reject("own-message");
        }
        if (message.botId() != null || BOT_MESSAGE.equals(message.subtype())) {
            return reject("bot-message");
        }
        if (message.subtype() != null && !USER_SUBTYPES.contains(message.subtype())) {
            return reject("subtype: " + SlackJson.printable(message.subtype()));
        }
        message.requireSenderAndPlace();
        if (!addressesUs(message, envelope.botUserId(), settings)) {
            return reject("not-watched-channel: " + SlackJson.printable(message.channel()));
        }
        String text = withPlaceholder(SlackText.plain(message.text(), envelope.botUserId()), message.files());
        if (text.isEmpty()) {
            return reject("no-content");
        }
        return new Accepted(message, text);
    }

    /**
     * A mention, a direct message, or any message in a watched channel. The {@code message} twin of a mention counts
     * as a mention too: whichever of the two is journaled first wins the shared key, and it must not be the ignored one.
     */
    private static boolean addressesUs(SlackMessage message, String botUserId, SlackMappingSettings settings) {
        return SlackMessage.APP_MENTION.equals(message.type())
                || (message.channelType() != null && DIRECT_CHANNEL_TYPES.contains(message.channelType()))
                || settings.watches(message.channel())
                || SlackText.mentions(message.text(), botUserId);
    }

    /** The words; a file shared without any stands for itself, as "(file)" or "(3 files)". */
    private static String withPlaceholder(String words, List<SlackFile> files) {
        if (!words.isEmpty() || files.isEmpty()) {
            return words;
        }
        return files.size() == 1 ? "(file)" : "(" + files.size() + " files)";
    }

    private static Rejected reject(String reason) {
        return new Rejected(new MappingResult.Ignored(reason));
    }
}
