package org.complaintgateway.mappings.email;

import java.util.Optional;

/** What the store knows, for threading. Both return the complaint id (UUID) of the known message. */
public interface ThreadLookup {

    /** The complaint a known inbound or outbound Message-ID (without angle brackets) belongs to. */
    Optional<String> byMessageId(String messageId);

    /** The complaint with this protocol number, e.g. RC-2026-000042. */
    Optional<String> byProtocolNumber(String protocolNumber);

    /**
     * Whether the Message-ID (without angle brackets) is of a mail the gateway sent on its own (an acknowledgment), to
     * which an automatic answer is noise, not news for the agent.
     */
    default boolean isAutomatic(String messageId) {
        return false;
    }

    /** Knows nothing: every mail starts a new complaint. */
    ThreadLookup NONE = new ThreadLookup() {
        @Override
        public Optional<String> byMessageId(String messageId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> byProtocolNumber(String protocolNumber) {
            return Optional.empty();
        }
    };
}
