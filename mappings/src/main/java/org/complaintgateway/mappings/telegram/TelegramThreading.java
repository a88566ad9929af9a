package org.complaintgateway.mappings.telegram;

import java.util.Optional;
import org.complaintgateway.mappings.model.Relations;

/**
 * Finds the complaint a message continues: the message it edits first, then the message it replies to (the
 * customer's earlier message or our answer, when the store knows it), then our protocol number in its text.
 */
final class TelegramThreading {

    private TelegramThreading() {
    }

    static Optional<Relations> resolve(TelegramMessage message, String text, String protocolPrefix, MessageLookup lookup) {
        if (message.edited()) {
            Optional<String> original = lookup.complaintOf(message.chatId(), message.messageId());
            if (original.isPresent()) {
                return Optional.of(followUp(original.get(), "edited message"));
            }
        }
        if (message.replyToMessageId() != null) {
            Optional<String> repliedTo = lookup.complaintOf(message.chatId(), message.replyToMessageId());
            if (repliedTo.isPresent()) {
                return Optional.of(followUp(repliedTo.get(), "reply to a known message"));
            }
        }
        Optional<String> protocolNumber = ProtocolNumbers.first(text, protocolPrefix);
        if (protocolNumber.isPresent()) {
            Optional<String> known = lookup.byProtocolNumber(protocolNumber.get());
            if (known.isPresent()) {
                return Optional.of(followUp(known.get(), "protocol number in text"));
            }
        }
        return Optional.empty();
    }

    private static Relations followUp(String complaintId, String reason) {
        return new Relations(complaintId, null, reason);
    }
}
