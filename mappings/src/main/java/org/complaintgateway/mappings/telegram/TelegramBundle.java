package org.complaintgateway.mappings.telegram;

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
 * The journal form of one Telegram update: the Bot API Update exactly as received, the files it carries (downloaded
 * before the update was journaled, since Telegram's file links expire) and those that were not, with why.
 *
 * <pre>{"update": {...}, "files": [{"fileId", "filePath", "content": base64}], "skippedFiles": [{"fileId", "reason"}]}</pre>
 */
public record TelegramBundle(JsonNode update, List<DownloadedFile> files, List<SkippedFile> skippedFiles) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

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
            if (file.filePath() != null) {
                node.put("filePath", file.filePath());
            }
            node.put("content", Base64.getEncoder().encodeToString(file.content()));
        }
        ArrayNode skippedNodes = bundle.putArray("skippedFiles");
        for (SkippedFile file : skipped == null ? List.<SkippedFile>of() : skipped) {
            ObjectNode node = skippedNodes.addObject().put("fileId", file.fileId());
            if (file.reason() != null) {
                node.put("reason", file.reason());
            }
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
        if (raw == null || raw.length == 0) {
            throw new IllegalArgumentException("empty payload");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(JsonReadProblem.describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
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
        List<DownloadedFile> files = new ArrayList<>();
        for (int i = 0; i < elements(array, "files"); i++) {
            String where = "files[" + i + "]";
            JsonNode node = array.get(i);
            String content = text(node, "content", where);
            if (content == null) {
                throw new IllegalArgumentException(where + ".content missing");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ".content is not base64", e);
            }
            files.add(new DownloadedFile(fileId(node, where), text(node, "filePath", where), bytes));
        }
        return files;
    }

    private static List<SkippedFile> skipped(JsonNode array) {
        List<SkippedFile> skipped = new ArrayList<>();
        for (int i = 0; i < elements(array, "skippedFiles"); i++) {
            String where = "skippedFiles[" + i + "]";
            JsonNode node = array.get(i);
            skipped.add(new SkippedFile(fileId(node, where), text(node, "reason", where)));
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

    private static String fileId(JsonNode node, String where) {
        String fileId = text(node, "fileId", where);
        if (fileId == null || fileId.isEmpty()) {
            throw new IllegalArgumentException(where + ".fileId missing");
        }
        return fileId;
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
}
