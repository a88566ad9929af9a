package org.complaintgateway.mappings.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The media of a WhatsApp message, which the intake downloads between split and journal. The webhook carries only a
 * media id; the file is behind an authenticated Graph API call whose URL expires after minutes, and Meta keeps a
 * received medium for a limited time only, so it is fetched before the event is journaled, as Telegram's files are.
 */
public final class WhatsAppMedia {

    /** The message types whose object is a medium with an id. */
    static final Set<String> MEDIA_TYPES = Set.of("image", "document", "audio", "video", "sticker");

    private WhatsAppMedia() {
    }

    /** The medium of the event's message, to download; empty for other events and for bytes that are no event. */
    public static List<MediaRef> wanted(byte[] eventRaw) {
        try {
            MetaEvent event = MetaEvent.fromBytes(eventRaw);
            if (!event.kind().equals(MetaEvent.WHATSAPP_MESSAGE)) {
                return List.of();
            }
            return mediumOf(event.item()).stream().toList();
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }

    /**
     * The event with the downloaded media and the ones that were not, with why, ready for the journal; replaces any
     * given before. Bytes that are no event are returned as they are: the mapper quarantines them.
     */
    public static byte[] withFiles(byte[] eventRaw, List<FetchedMedia> fetched, List<SkippedMedia> skipped) {
        MetaEvent event;
        try {
            event = MetaEvent.fromBytes(eventRaw);
        } catch (IllegalArgumentException e) {
            return eventRaw;
        }
        return event.withMedia(fetched, skipped).toBytes();
    }

    /** The medium of a WhatsApp message (image, document, audio, video or sticker); empty for other types. */
    static Optional<MediaRef> mediumOf(JsonNode message) {
        String type = MetaFields.textOrNull(message.get("type"));
        if (type == null || !MEDIA_TYPES.contains(type)) {
            return Optional.empty();
        }
        JsonNode medium = message.path(type);
        String mediaId = MetaFields.id(medium.get("id"));
        if (mediaId == null) {
            return Optional.empty();
        }
        return Optional.of(new MediaRef(mediaId, MetaFields.textOrNull(medium.get("mime_type")),
                MetaFields.textOrNull(medium.get("sha256")), MetaFields.textOrNull(medium.get("filename"))));
    }
}
