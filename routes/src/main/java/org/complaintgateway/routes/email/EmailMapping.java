package org.complaintgateway.routes.email;

import java.time.Instant;
import java.util.Optional;
import org.complaintgateway.config.EmailChannelConfig;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.email.AttachmentLinks;
import org.complaintgateway.mappings.email.EmailMapper;
import org.complaintgateway.mappings.email.EmailMappingSettings;
import org.complaintgateway.mappings.email.ThreadLookup;
import org.complaintgateway.routes.pipeline.ChannelMapper;
import org.complaintgateway.routes.pipeline.StoreFailureCatcher;
import org.complaintgateway.routes.store.OutboundKind;
import org.complaintgateway.routes.store.Store;

/** The mapper of one e-mail channel, with what the store knows for threading. */
public final class EmailMapping {

    /** The channel type as the journal records it. */
    public static final String CHANNEL_TYPE = "email";

    private final EmailMappingSettings settings;
    private final ThreadLookup lookup;

    /** @param links which files go to the downstream as links rather than inline */
    public EmailMapping(EmailChannelConfig channel, String protocolPrefix, Store store, AttachmentLinks links) {
        this.settings = new EmailMappingSettings(channel.id(), channel.ownAddresses(), channel.keepHtml(),
                channel.maxAttachments(), channel.maxAttachmentsBytes(), channel.maxNestingDepth(), protocolPrefix,
                links);
        this.lookup = new StoreThreadLookup(store);
    }

    /** What the mapper is given, also what cuts a mail's files for {@link AttachmentDownloads}. */
    public EmailMappingSettings settings() {
        return settings;
    }

    /** For the journal's replays: the server's date of the mail is not kept, so a missing Date falls back to receipt. */
    public ChannelMapper mapper() {
        return receivedBy(null);
    }

    /** While the mail is being received, when the server's own date of it is known. */
    ChannelMapper receivedBy(Instant serverDate) {
        return entry -> {
            // The mapper turns every exception into a quarantine; a store that could not be asked is not the
            // mail's fault, so it fails the mapping instead and the mail is mapped again once the store is back.
            FailingLookup asked = new FailingLookup(lookup);
            MappingResult result = EmailMapper.map(entry.raw(), entry.identity(), serverDate, settings, asked);
            asked.rethrow();
            return result;
        };
    }

    /** Asks the lookup through a catcher of store failures, which the mapper would otherwise swallow. */
    private record FailingLookup(ThreadLookup delegate, StoreFailureCatcher catcher) implements ThreadLookup {
        FailingLookup(ThreadLookup delegate) {
            this(delegate, new StoreFailureCatcher());
        }

        @Override
        public Optional<String> byMessageId(String messageId) {
            return catcher.ask(() -> delegate.byMessageId(messageId));
        }

        @Override
        public Optional<String> byProtocolNumber(String protocolNumber) {
            return catcher.ask(() -> delegate.byProtocolNumber(protocolNumber));
        }

        @Override
        public boolean isAutomatic(String messageId) {
            return catcher.ask(() -> delegate.isAutomatic(messageId));
        }

        void rethrow() {
            catcher.rethrow();
        }
    }

    /**
     * Known inbound Message-IDs and protocol numbers are looked up in the journal, the Message-IDs of the replies the
     * gateway sent in the outbound table: a customer's answer to a reply threads back to its complaint.
     */
    private record StoreThreadLookup(Store store) implements ThreadLookup {
        @Override
        public Optional<String> byMessageId(String messageId) {
            return store.complaintByExternalKey(CHANNEL_TYPE, messageId)
                    .or(() -> store.outbound().complaintOfSent(CHANNEL_TYPE, messageId));
        }

        @Override
        public Optional<String> byProtocolNumber(String protocolNumber) {
            return store.complaintByProtocolNumber(protocolNumber);
        }

        @Override
        public boolean isAutomatic(String messageId) {
            return store.outbound().kindOfSent(CHANNEL_TYPE, messageId).filter(OutboundKind.ACKNOWLEDGMENT::equals).isPresent();
        }
    }
}
