package org.complaintgateway.mappings.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 * The journal form of one Telegram update: the Bot API Update exactly as received, the files it carries (downloaded
 * before the update was journaled, since Telegram's file links expire) and those that were not, with why.
 *
 * <pre>{"update": {...}, "files": [{"fileId", "filePath", "content": base64}], "skippedFiles": [{"fileId", "reason"}]}</pre>
 */
public record TelegramBundle(JsonNode update, List<DownloadedFile> files, List<SkippedFile> skippedFiles) {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    public TelegramBundle {
        Objects.requireNonNull(update, "update");
        files = files == null ? List.of() : List.copyOf(files);
        skippedFiles = skippedFiles == null ? List.of() : List.copyOf(skippedFiles);
    }

    /** This bundle as UTF-8 JSON bytes, ready for the journal. */
    public byte[] toBytes() {
        return toBytes(update, files, skippedFiles);
    }

    /** The bundle as UTF-8 JSON bytes, ready for the journal; {@code files} and {@code skipped} may be null. */
    public static byte[] toBytes(JsonNode update, List<DownloadedFile> files, List<SkippedFile> skipped) {
        Objects.requireNonNull(update, "update");
        ObjectNode bundle = MAPPER.createObjectNode();
        bundle.set("update", update);
        ArrayNode fileNodes = bundle.putArray("files");
        for (DownloadedFile file : files == null ? List.<DownloadedFile>of() : files) {
            ObjectNode node = fileNodes.addObject().put("fileId", file.fileId());
            JsonFields.putIfPresent(node, "filePath", file.filePath());
            node.put("content", Base64.getEncoder().encodeToString(file.content()));
        }
        ArrayNode skippedNodes = bundle.putArray("skippedFiles");
        for (SkippedFile file : skipped == null ? List.<SkippedFile>of() : skipped) {
            JsonFields.putIfPresent(skippedNodes.addObject().put("fileId", file.fileId()), "reason", file.reason());
        }
        try {
            return MAPPER.writeValueAsBytes(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Telegram bundle could not be written as JSON", e);
        }
    }

    /**
     * Reads journal bytes written by {@link #toBytes}. Fields it does not know are passed over, so a journal written by
     * a newer gateway still replays.
     *
     * @throws IllegalArgumentException when the bytes are not a bundle; the message names position and field only
     */
    public static TelegramBundle fromBytes(byte[] raw) {
        JsonNode root = JsonFields.readObject(raw, "empty payload");
        JsonNode update = root.get("update");
        if (update == null || !update.isObject()) {
            throw new IllegalArgumentException("no update object");
        }
        return new TelegramBundle(update, files(root.get("files")), skipped(root.get("skippedFiles")));
    }

    /** The downloaded file with this file id. */
    Optional<DownloadedFile> file(String fileId) {
        return files.stream().filter(file -> file.fileId().equals(fileId)).findFirst();
    }

    private static List<DownloadedFile> files(JsonNode array) {
        return JsonFields.objects(array, "files", (node, where) -> {
            // Not requiredText: an empty file is written as "", and that is content, not a missing field.
            String content = JsonFields.text(node, "content", where);
            if (content == null) {
                throw new IllegalArgumentException(where + ".content missing");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ".content is not base64", e);
            }
            return new DownloadedFile(JsonFields.requiredText(node, "fileId", where),
                    JsonFields.text(node, "filePath", where), bytes);
        });
    }

    private static List<SkippedFile> skipped(JsonNode array) {
        return JsonFields.objects(array, "skippedFiles", (node, where) -> new SkippedFile(
                JsonFields.requiredText(node, "fileId", where), JsonFields.text(node, "reason", where)));
    }
}
