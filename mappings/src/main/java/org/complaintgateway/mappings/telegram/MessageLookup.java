package org.complaintgateway.mappings.telegram;

import java.util.Optional;

/** What the store knows, for threading. Both return the complaint id (UUID) of the known message. */
public interface MessageLookup {

    /**
     * The complaint an earlier journaled message of this chat belongs to, found by its external key
     * {@link TelegramKeys#messageKey}; the earliest one when an original and its edits share the key.
     */
    Optional<String> complaintOf(String chatId, String messageId);

    /** The complaint with this protocol number, e.g. RC-2026-000042. */
    Optional<String> byProtocolNumber(String protocolNumber);

    /** Knows nothing: every message starts a new complaint. */
    MessageLookup NONE = new MessageLookup() {
        @Override
        public Optional<String> complaintOf(String chatId, String messageId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> byProtocolNumber(String protocolNumber) {
            return Optional.empty();
        }
    };
}
