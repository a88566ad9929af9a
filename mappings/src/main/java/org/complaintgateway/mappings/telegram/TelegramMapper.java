package org.complaintgateway.mappings.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Relations;
import org.complaintgateway.mappings.model.ReplyHint;

/**
 * Turns a journaled Telegram update ({@link TelegramBundle}) into a canonical complaint: screen (kind, sender, chat,
 * addressing, words), attach the downloaded files, thread (edit, reply, protocol number), build. Pure: same bytes,
 * settings and store answers, same result. Several updates of one chat can also become one complaint
 * ({@link #mapMerged}), since chat users split one complaint over several short messages.
 */
public final class TelegramMapper {

    static final String ATTACHMENTS_DROPPED = "attachmentsDropped";
    static final String EDITED = "edited";

    private TelegramMapper() {
    }

    /** Never throws: any failure becomes Quarantined with a reason (no personal data in reasons). */
    public static MappingResult map(byte[] raw, Identity identity, TelegramMappingSettings settings, MessageLookup lookup) {
        TelegramBundle bundle;
        try {
            bundle = TelegramBundle.fromBytes(raw);
        } catch (IllegalArgumentException e) {
            return new MappingResult.Quarantined("unreadable Telegram bundle: " + e.getMessage());
        }
        return map(bundle, identity, settings, lookup);
    }

    /**
     * As {@link #map(byte[], Identity, TelegramMappingSettings, MessageLookup)}, for a bundle in hand: the same result
     * as for its bytes ({@link TelegramBundle#toBytes}), without reading them back.
     */
    public static MappingResult map(TelegramBundle bundle, Identity identity, TelegramMappingSettings settings,
                                    MessageLookup lookup) {
        try {
            UpdateScreen.Screened screened = UpdateScreen.screen(bundle.update(), settings);
            if (screened instanceof UpdateScreen.Rejected rejected) {
                return rejected.ignored();
            }
            UpdateScreen.Accepted accepted = (UpdateScreen.Accepted) screened;
            return new MappingResult.Mapped(complaint(accepted.message(), accepted.text(), bundle, identity, settings, lookup));
        } catch (UnreadableUpdate e) {
            return new MappingResult.Quarantined("unreadable Telegram update: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // E.g. the store behind the lookup failed; the journal keeps the update for a replay.
            return new MappingResult.Quarantined("mapping failed: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Several updates of one chat (and one sender), in the order they came, as ONE complaint: texts joined by a blank
     * line, attachments in order, the first one's key, time and customer, the answer aimed at the last message.
     * Ignored updates are left out; when all are ignored, the first one's Ignored is the result. One quarantined
     * update quarantines the whole group, with its position in the reason: map the updates one by one then.
     */
    public static MappingResult mapMerged(List<byte[]> raws, Identity identity, TelegramMappingSettings settings,
                                          MessageLookup lookup) {
        if (raws == null || raws.isEmpty()) {
            return new MappingResult.Quarantined("no updates to merge");
        }
        List<Complaint> members = new ArrayList<>();
        MappingResult.Ignored firstIgnored = null;
        for (int i = 0; i < raws.size(); i++) {
            MappingResult result = map(raws.get(i), identity, settings, lookup);
            if (result instanceof MappingResult.Quarantined quarantined) {
                return new MappingResult.Quarantined(
                        "update " + (i + 1) + " of " + raws.size() + ": " + quarantined.reason());
            }
            if (result instanceof MappingResult.Mapped mapped) {
                members.add(mapped.complaint());
            } else if (firstIgnored == null) {
                firstIgnored = (MappingResult.Ignored) result;
            }
        }
        if (members.isEmpty()) {
            return firstIgnored;
        }
        return TelegramMerge.merge(members);
    }

    /**
     * Whether mapping the update looks an earlier message up (an edit finds its original, a reply the message replied
     * to): then the earlier one must be journaled first.
     */
    public static boolean refersBack(JsonNode update) {
        JsonNode message = UpdateKinds.messageOrNull(update);
        return update != null && update.has(UpdateKinds.EDITED_MESSAGE)
                || message != null && message.has("reply_to_message");
    }

    /** The chat id of a message or edited_message update, for grouping updates to merge; empty when unreadable. */
    public static Optional<String> chatOf(byte[] raw) {
        return readMessage(raw).map(TelegramMessage::chatId);
    }

    /**
     * The sender's user id of a message or edited_message update; empty when unreadable or without sender. In a group
     * chat several customers write: group by chat and sender there, or their complaints would be merged into one.
     */
    public static Optional<String> senderOf(byte[] raw) {
        return readMessage(raw).map(TelegramMessage::from).map(TelegramMessage.Sender::id);
    }

    /**
     * Why this journaled update is no complaint, without the store and without looking at files; empty when it
     * may be one (or cannot be read: mapping quarantines it then).
     */
    public static Optional<MappingResult.Ignored> classify(byte[] raw, TelegramMappingSettings settings) {
        try {
            return classify(TelegramBundle.fromBytes(raw).update(), settings);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The same for an update as received, before it is journaled: an intake need not download the files of an update
     * that will be ignored.
     */
    public static Optional<MappingResult.Ignored> classify(JsonNode update, TelegramMappingSettings settings) {
        try {
            return UpdateScreen.screen(update, settings) instanceof UpdateScreen.Rejected rejected
                    ? Optional.of(rejected.ignored())
                    : Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static Optional<TelegramMessage> readMessage(byte[] raw) {
        try {
            JsonNode update = TelegramBundle.fromBytes(raw).update();
            String kind = UpdateKinds.of(update);
            return UpdateKinds.isMessage(kind)
                    ? Optional.of(TelegramMessage.read(update.get(kind), kind.equals(UpdateKinds.EDITED_MESSAGE)))
                    : Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static Complaint complaint(TelegramMessage message, String text, TelegramBundle bundle, Identity identity,
                                       TelegramMappingSettings settings, MessageLookup lookup) {
        TelegramAttachments.Kept attachments = TelegramAttachments.collect(message.media(), bundle);
        Relations thread = TelegramThreading.resolve(message, text, settings.protocolPrefix(), lookup).orElse(null);
        List<String> flags = new ArrayList<>();
        if (message.edited()) {
            flags.add(EDITED);
        }
        if (attachments.dropped()) {
            flags.add(ATTACHMENTS_DROPPED);
        }
        return new Complaint(
                Complaint.SCHEMA_VERSION,
                identity.complaintId(),
                identity.protocolNumber(),
                sentAt(message, identity),
                new ChannelRef(ChannelType.TELEGRAM, settings.channelId(),
                        TelegramKeys.messageKey(message.chatId(), message.messageId()), message.chatId()),
                TelegramCustomer.of(message),
                // A chat has no subject line; one made from the first words would only repeat the text.
                null,
                text,
                null,
                null,
                null,
                attachments.attachments(),
                null,
                new ReplyHint.Telegram(settings.channelId(), message.chatId(), message.messageId()),
                thread,
                flags,
                message.place());
    }

    /** When the customer sent it (for an edit: when they edited it), as Telegram stamped it; else when we got it. */
    private static Instant sentAt(TelegramMessage message, Identity identity) {
        Long seconds = message.edited() && message.editDate() != null ? message.editDate() : message.date();
        return seconds == null ? identity.receivedAt() : Instant.ofEpochSecond(seconds);
    }
}
