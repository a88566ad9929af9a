package org.complaintgateway.mappings.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a message carries that the intake downloads: the largest size of a photo (Telegram sends every photo in
 * several sizes, smallest first), and the document, voice note, audio, video, round video note or animation.
 * Stickers are reactions rather than evidence; thumbnails are copies.
 */
public final class TelegramFiles {

    private static final String PHOTO = "photo";
    private static final String DOCUMENT = "document";
    private static final String ANIMATION = "animation";
    private static final List<String> SINGLE_FILE_KINDS =
            List.of(DOCUMENT, "voice", "audio", "video", "video_note", ANIMATION);

    private TelegramFiles() {
    }

    /** The files of the update's message or edited message, in a stable order; empty for other updates. Pure. */
    public static List<FileRef> wanted(JsonNode update) {
        JsonNode message = UpdateKinds.messageOrNull(update);
        return message == null ? List.of() : media(message).stream().map(Media::ref).toList();
    }

    /** The wanted files of {@code message} with what the message says about each (name, type). */
    static List<Media> media(JsonNode message) {
        List<Media> media = new ArrayList<>();
        JsonNode largestPhoto = largestPhoto(message.get(PHOTO));
        if (largestPhoto != null) {
            media.add(Media.of(largestPhoto, PHOTO));
        }
        for (String kind : SINGLE_FILE_KINDS) {
            // "For backward compatibility, when this field [animation] is set, the document field will also be set":
            // the same file twice.
            if (kind.equals(DOCUMENT) && message.path(ANIMATION).isObject()) {
                continue;
            }
            JsonNode file = message.get(kind);
            if (hasFileId(file)) {
                media.add(Media.of(file, kind));
            }
        }
        return media;
    }

    /** The largest by file_size when every size has one, else by width * height; of equals, the later one. */
    private static JsonNode largestPhoto(JsonNode sizes) {
        if (sizes == null || !sizes.isArray()) {
            return null;
        }
        List<JsonNode> candidates = new ArrayList<>();
        sizes.forEach(size -> {
            if (hasFileId(size)) {
                candidates.add(size);
            }
        });
        boolean allSized = candidates.stream().allMatch(size -> size.path("file_size").isIntegralNumber());
        JsonNode largest = null;
        for (JsonNode size : candidates) {
            if (largest == null || measure(size, allSized) >= measure(largest, allSized)) {
                largest = size;
            }
        }
        return largest;
    }

    private static long measure(JsonNode size, boolean byFileSize) {
        return byFileSize ? size.path("file_size").asLong() : size.path("width").asLong() * size.path("height").asLong();
    }

    private static boolean hasFileId(JsonNode file) {
        return file != null && file.isObject() && file.path("file_id").isTextual() && !file.path("file_id").asText().isEmpty();
    }

    /** A wanted file with the name and MIME type its message declares, when it declares them. */
    record Media(FileRef ref, String fileName, String mimeType) {

        static Media of(JsonNode file, String kind) {
            JsonNode size = file.path("file_size");
            FileRef ref = new FileRef(file.path("file_id").asText(), textOrNull(file.path("file_unique_id")),
                    size.isIntegralNumber() ? size.asLong() : null, kind);
            return new Media(ref, textOrNull(file.path("file_name")), textOrNull(file.path("mime_type")));
        }

        private static String textOrNull(JsonNode node) {
            return node.isTextual() ? node.asText() : null;
        }
    }
}
