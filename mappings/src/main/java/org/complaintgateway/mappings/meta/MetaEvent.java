package org.complaintgateway.mappings.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintgateway.mappings.json.JsonFields;


/**
 * The journal form of one event of a Meta delivery: the single item exactly as received, what the mapper needs from
 * around it, and for a WhatsApp medium the downloaded bytes and the media that were not downloaded, with why.
 *
 * <pre>{"format": "meta-event/1", "object": "whatsapp_business_account", "entryId", "kind", "field",
 *  "metadata": {...}, "contact": {...}, "item": {...}, "problem",
 *  "media": [{"mediaId", "mimeType", "content": base64}], "skippedMedia": [{"mediaId", "reason"}]}</pre>
 *
 * {@code format} marks the bytes as an event, so that the mapper tells one from a body that was journaled whole
 * because it could not be split. {@code metadata} (phone_number_id, display_phone_number) and {@code contact} (the
 * sender's {@code contacts[]} entry) are WhatsApp's; {@code problem} says why an {@link #UNREADABLE} part could not
 * be read.
 */
record MetaEvent(String object, String entryId, String kind, String field, JsonNode metadata, JsonNode contact,
                 JsonNode item, String problem, List<FetchedMedia> media, List<SkippedMedia> skippedMedia) {

    static final String FORMAT = "meta-event/1";
    /** A WhatsApp {@code messages[]} item. */
    static final String WHATSAPP_MESSAGE = "whatsapp-message";
    /** A WhatsApp {@code statuses[]} item: what became of a message we sent. */
    static final String WHATSAPP_STATUS = "whatsapp-status";
    /** A Messenger or Instagram {@code messaging[]} item. */
    static final String MESSAGING = "messaging";
    /** A {@code standby[]} item: an event of a conversation another app of the page is in charge of. */
    static final String STANDBY = "standby";
    /** A {@code changes[]} item that carries no message or status (account, template, feed updates...). */
    static final String CHANGE = "change";
    /** An entry that carries none of the lists above. */
    static final String ENTRY = "entry";
    /** A delivery whose {@code object} we do not split (not one of the three products'). */
    static final String DELIVERY = "delivery";
    /** A part of a well-formed delivery that is not in the documented shape; {@code problem} says where. */
    static final String UNREADABLE = "unreadable";

    // Where a field of the event itself is, in a reading error: "event.kind missing".
    private static final String EVENT = "event";

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    MetaEvent {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
        media = media == null ? List.of() : List.copyOf(media);
        skippedMedia = skippedMedia == null ? List.of() : List.copyOf(skippedMedia);
    }

    /** An event of {@code kind} without media, as the splitter makes it. */
    static MetaEvent of(String object, String entryId, String kind, JsonNode item) {
        return new MetaEvent(object, entryId, kind, null, null, null, item, null, null, null);
    }

    MetaEvent withField(String field) {
        return new MetaEvent(object, entryId, kind, field, metadata, contact, item, problem, media, skippedMedia);
    }

    MetaEvent withSender(JsonNode metadata, JsonNode contact) {
        return new MetaEvent(object, entryId, kind, field, metadata, contact, item, problem, media, skippedMedia);
    }

    MetaEvent withProblem(String problem) {
        return new MetaEvent(object, entryId, kind, field, metadata, contact, item, problem, media, skippedMedia);
    }

    MetaEvent withMedia(List<FetchedMedia> media, List<SkippedMedia> skippedMedia) {
        return new MetaEvent(object, entryId, kind, field, metadata, contact, item, problem, media, skippedMedia);
    }

    /** The downloaded medium with this id. */
    Optional<FetchedMedia> fetched(String mediaId) {
        return media.stream().filter(medium -> medium.mediaId().equals(mediaId)).findFirst();
    }

    /** Why the medium with this id was not downloaded, when the intake said. */
    Optional<String> skipReason(String mediaId) {
        return skippedMedia.stream().filter(medium -> medium.mediaId().equals(mediaId)).findFirst()
                .map(SkippedMedia::reason);
    }

    /** The event as UTF-8 JSON bytes, ready for the journal; the same event gives the same bytes. */
    byte[] toBytes() {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", FORMAT);
        node.put("object", object);
        JsonFields.putIfPresent(node, "entryId", entryId);
        node.put("kind", kind);
        JsonFields.putIfPresent(node, "field", field);
        if (metadata != null) {
            node.set("metadata", metadata);
        }
        if (contact != null) {
            node.set("contact", contact);
        }
        node.set("item", item);
        JsonFields.putIfPresent(node, "problem", problem);
        if (!media.isEmpty()) {
            ArrayNode nodes = node.putArray("media");
            for (FetchedMedia medium : media) {
                ObjectNode mediumNode = nodes.addObject().put("mediaId", medium.mediaId());
                JsonFields.putIfPresent(mediumNode, "mimeType", medium.mimeType());
                mediumNode.put("content", Base64.getEncoder().encodeToString(medium.bytes()));
            }
        }
        if (!skippedMedia.isEmpty()) {
            ArrayNode nodes = node.putArray("skippedMedia");
            for (SkippedMedia medium : skippedMedia) {
                JsonFields.putIfPresent(nodes.addObject().put("mediaId", medium.mediaId()), "reason", medium.reason());
            }
        }
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Meta event could not be written as JSON", e);
        }
    }

    /**
     * Reads journal bytes written by {@link #toBytes}. Fields it does not know are passed over, so a journal written
     * by a newer gateway still replays.
     *
     * @throws IllegalArgumentException when the bytes are not an event; the message names position and field only
     */
    static MetaEvent fromBytes(byte[] raw) {
        JsonNode root = JsonFields.readObject(raw, "empty body");
        if (!FORMAT.equals(root.path("format").textValue())) {
            throw new IllegalArgumentException(MetaDeliveries.notADelivery(root)
                    .orElse("a whole delivery where one of its events was expected"));
        }
        JsonNode item = root.get("item");
        if (item == null) {
            throw new IllegalArgumentException("event without item");
        }
        return new MetaEvent(JsonFields.requiredText(root, "object", EVENT), JsonFields.text(root, "entryId", EVENT),
                JsonFields.requiredText(root, "kind", EVENT), JsonFields.text(root, "field", EVENT),
                JsonFields.objectOrNull(root, "metadata"), JsonFields.objectOrNull(root, "contact"), item,
                JsonFields.text(root, "problem", EVENT), media(root.get("media")), skipped(root.get("skippedMedia")));
    }

    private static List<FetchedMedia> media(JsonNode array) {
        return JsonFields.objects(array, "media", (node, where) -> {
            String mediaId = JsonFields.requiredText(node, "mediaId", where);
            String mimeType = JsonFields.text(node, "mimeType", where);
            String content = JsonFields.requiredText(node, "content", where);
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ".content is not base64", e);
            }
            return new FetchedMedia(mediaId, mimeType, bytes);
        });
    }

    private static List<SkippedMedia> skipped(JsonNode array) {
        return JsonFields.objects(array, "skippedMedia", (node, where) -> new SkippedMedia(
                JsonFields.requiredText(node, "mediaId", where), JsonFields.text(node, "reason", where)));
    }
}
