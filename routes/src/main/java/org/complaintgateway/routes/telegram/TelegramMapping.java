package org.complaintgateway.routes.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complaintgateway.config.TelegramChannelConfig;
import org.complaintgateway.config.TelegramChatType;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.telegram.MessageLookup;
import org.complaintgateway.mappings.telegram.TelegramBundle;
import org.complaintgateway.mappings.telegram.TelegramKeys;
import org.complaintgateway.mappings.telegram.TelegramMapper;
import org.complaintgateway.mappings.telegram.TelegramMappingSettings;
import org.complaintgateway.routes.pipeline.ChannelMapper;
import org.complaintgateway.routes.pipeline.StoreFailureCatcher;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.Store;

/**
 * The mapper of one Telegram channel, with what the store knows for edits and follow-ups, and who the bot is (its
 * username and id, from getMe: a group message counts only when it addresses the bot).
 */
public final class TelegramMapping {

    /** The channel type as the journal records it. */
    public static final String CHANNEL_TYPE = "telegram";

    private final TelegramChannelConfig channel;
    private final String protocolPrefix;
    private final MessageLookup lookup;
    private volatile TelegramMappingSettings settings;

    public TelegramMapping(TelegramChannelConfig channel, String protocolPrefix, Store store) {
        this.channel = channel;
        this.protocolPrefix = protocolPrefix;
        this.lookup = new StoreMessageLookup(store);
        this.settings = settings(null, null);
    }

    /** Who the bot is, as getMe said. */
    void identify(String botUsername, Long botUserId) {
        settings = settings(botUsername, botUserId);
    }

    boolean identified() {
        return settings.botUserId() != null;
    }

    /** For the journal's replays: maps the journaled bundle. */
    public ChannelMapper mapper() {
        return entry -> storeFailuresThrown(asked -> TelegramMapper.map(entry.raw(), entry.identity(), settings, asked));
    }

    /** While the update is being received: maps the bundle in hand, the same that is journaled, without reading it back. */
    ChannelMapper mapper(TelegramBundle bundle) {
        return entry -> storeFailuresThrown(asked -> TelegramMapper.map(bundle, entry.identity(), settings, asked));
    }

    /** What several messages of one customer in one chat, journaled in order, make together: as {@code first}'s. */
    MappingResult mapMerged(JournalEntry first, List<byte[]> raws) {
        return storeFailuresThrown(asked -> TelegramMapper.mapMerged(raws, first.identity(), settings, asked));
    }

    /**
     * The mapper turns every exception into a quarantine; a store that could not be asked is not the message's fault,
     * so it fails the mapping instead, and the message is mapped again once the store is back.
     */
    private MappingResult storeFailuresThrown(Function<MessageLookup, MappingResult> mapping) {
        StoreFailureCatcher catcher = new StoreFailureCatcher();
        MappingResult result = mapping.apply(new MessageLookup() {
            @Override
            public Optional<String> complaintOf(String chatId, String messageId) {
                return catcher.ask(() -> lookup.complaintOf(chatId, messageId));
            }

            @Override
            public Optional<String> byProtocolNumber(String protocolNumber) {
                return catcher.ask(() -> lookup.byProtocolNumber(protocolNumber));
            }
        });
        catcher.rethrow();
        return result;
    }

    /** Why the update is no complaint, when that is clear from the update alone (then it need not wait or download). */
    Optional<MappingResult.Ignored> ignored(JsonNode update) {
        return TelegramMapper.classify(update, settings);
    }

    /** The customer and chat a journaled message belongs to: the messages a merge window joins. */
    static String thread(byte[] raw) {
        return TelegramMapper.chatOf(raw).orElse("?") + "/" + TelegramMapper.senderOf(raw).orElse("?");
    }

    private TelegramMappingSettings settings(String botUsername, Long botUserId) {
        Set<String> chatTypes = channel.chatTypes().stream().map(TelegramChatType::apiName).collect(Collectors.toSet());
        return new TelegramMappingSettings(channel.id(), botUsername, botUserId, chatTypes, protocolPrefix);
    }


    /** Earlier messages by their external key, protocol numbers by the journal. */
    private record StoreMessageLookup(Store store) implements MessageLookup {
        @Override
        public Optional<String> complaintOf(String chatId, String messageId) {
            return store.complaintByExternalKey(CHANNEL_TYPE, TelegramKeys.messageKey(chatId, messageId));
        }

        @Override
        public Optional<String> byProtocolNumber(String protocolNumber) {
            return store.complaintByProtocolNumber(protocolNumber);
        }
    }
}
