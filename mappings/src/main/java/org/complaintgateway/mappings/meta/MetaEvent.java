package org.complaintgateway.mappings.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintgateway.mappings.json.JsonReadProblem;

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
        putIfPresent(node, "entryId", entryId);
        node.put("kind", kind);
        putIfPresent(node, "field", field);
        if (metadata != null) {
            node.set("metadata", metadata);
        }
        if (contact != null) {
            node.set("contact", contact);
        }
        node.set("item", item);
        putIfPresent(node, "problem", problem);
        if (!media.isEmpty()) {
            ArrayNode nodes = node.putArray("media");
            for (FetchedMedia medium : media) {
                ObjectNode mediumNode = nodes.addObject().put("mediaId", medium.mediaId());
                putIfPresent(mediumNode, "mimeType", medium.mimeType());
                mediumNode.put("content", Base64.getEncoder().encodeToString(medium.bytes()));
            }
        }
        if (!skippedMedia.isEmpty()) {
            ArrayNode nodes = node.putArray("skippedMedia");
            for (SkippedMedia medium : skippedMedia) {
                putIfPresent(nodes.addObject().put("mediaId", medium.mediaId()), "reason", medium.reason());
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
        if (raw == null || raw.length == 0) {
            throw new IllegalArgumentException("empty body");
        }
        JsonNode root;
        try {
            root = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(JsonReadProblem.describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (!FORMAT.equals(root.path("format").textValue())) {
            throw new IllegalArgumentException(MetaDeliveries.notADelivery(root)
                    .orElse("a whole delivery where one of its events was expected"));
        }
        JsonNode item = root.get("item");
        if (item == null) {
            throw new IllegalArgumentException("event without item");
        }
        return new MetaEvent(requiredText(root, "object"), text(root, "entryId"), requiredText(root, "kind"),
                text(root, "field"), objectOrNull(root, "metadata"), objectOrNull(root, "contact"), item,
                text(root, "problem"), media(root.get("media")), skipped(root.get("skippedMedia")));
    }

    private static List<FetchedMedia> media(JsonNode array) {
        List<FetchedMedia> media = new ArrayList<>();
        for (int i = 0; i < elements(array, "media"); i++) {
            String where = "media[" + i + "]";
            JsonNode node = array.get(i);
            String content = requiredText(node, "content", where);
            try {
                media.add(new FetchedMedia(requiredText(node, "mediaId", where), text(node, "mimeType", where),
                        Base64.getDecoder().decode(content)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ".content is not base64", e);
            }
        }
        return media;
    }

    private static List<SkippedMedia> skipped(JsonNode array) {
        List<SkippedMedia> skipped = new ArrayList<>();
        for (int i = 0; i < elements(array, "skippedMedia"); i++) {
            String where = "skippedMedia[" + i + "]";
            JsonNode node = array.get(i);
            skipped.add(new SkippedMedia(requiredText(node, "mediaId", where), text(node, "reason", where)));
        }
        return skipped;
    }

    /** How many elements a list field has: 0 when absent or null, else it must be an array of objects. */
    private static int elements(JsonNode array, String field) {
        if (array == null || array.isNull()) {
            return 0;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException(field + " is not an array");
        }
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                throw new IllegalArgumentException(field + "[" + i + "] is not an object");
            }
        }
        return array.size();
    }

    private static JsonNode objectOrNull(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value != null && value.isObject() ? value : null;
    }

    private static String requiredText(JsonNode node, String field) {
        return requiredText(node, field, "event");
    }

    private static String requiredText(JsonNode node, String field, String where) {
        String value = text(node, field, where);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(where + "." + field + " missing");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return text(node, field, "event");
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + " is not a string");
        }
        return value.textValue();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
