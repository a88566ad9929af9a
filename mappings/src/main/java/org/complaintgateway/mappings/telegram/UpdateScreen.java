package org.complaintgateway.mappings.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.text.LocationText;
import org.complaintgateway.mappings.text.PlainText;

/**
 * The first half of mapping, cheap and without the store: is the update a complaint at all, and what does the
 * customer say. In order: the kind of update, who sent it, in which chat, whether a group message is meant for the
 * bot, then the words (bot mentions and command word taken out).
 */
final class UpdateScreen {

    /** The outcome: the message and its text, or why it is no complaint. */
    sealed interface Screened permits Accepted, Rejected {
    }

    record Accepted(TelegramMessage message, String text) implements Screened {
    }

    record Rejected(MappingResult.Ignored ignored) implements Screened {
    }

    private UpdateScreen() {
    }

    /** Throws {@link UnreadableUpdate} when the update is not in the Bot API's shape. */
    static Screened screen(JsonNode update, TelegramMappingSettings settings) {
        String kind = UpdateKinds.of(update);
        if (UpdateKinds.isChannelPost(kind)) {
            return reject("channel post");
        }
        if (!UpdateKinds.isMessage(kind)) {
            return reject("unsupported update: " + kind);
        }
        TelegramMessage message = TelegramMessage.read(update.get(kind), kind.equals(UpdateKinds.EDITED_MESSAGE));
        if (message.from() != null && message.from().bot()) {
            return reject("from a bot");
        }
        if (!settings.acceptedChatTypes().contains(message.chatType())) {
            return reject("chat type " + message.chatType() + " not accepted");
        }
        if (!TelegramMappingSettings.PRIVATE.equals(message.chatType()) && !GroupAddressing.addressesBot(message, settings)) {
            return reject("group message not addressed to the bot");
        }
        if (message.edited() && message.liveLocation()) {
            // A live location is "edited" every few seconds while it is shared: movement, not a new word.
            return reject("live location update");
        }
        return words(message, settings);
    }

    private static Screened words(TelegramMessage message, TelegramMappingSettings settings) {
        String words = MessageText.withoutBotMentions(message.text(), message.entities(), settings);
        Optional<BotCommands.Command> command = BotCommands.leading(words);
        if (command.isPresent()) {
            if (command.get().opensConversation()) {
                return reject("command");
            }
            words = command.get().rest();
        }
        String text = compose(PlainText.clean(words), message);
        if (!MessageText.hasContent(text) && message.media().isEmpty()) {
            return reject(command.isPresent() ? "command" : "no-content");
        }
        return new Accepted(message, text);
    }

    /** The words, then the shared contact and place written out, one paragraph each. */
    private static String compose(String words, TelegramMessage message) {
        List<String> paragraphs = new ArrayList<>();
        if (!words.isEmpty()) {
            paragraphs.add(words);
        }
        if (message.contact() != null) {
            paragraphs.add(MessageText.describe(message.contact()));
        }
        if (message.place() != null) {
            paragraphs.add(LocationText.describe(message.place()));
        }
        return String.join("\n\n", paragraphs);
    }

    private static Rejected reject(String reason) {
        return new Rejected(new MappingResult.Ignored(reason));
    }
}
