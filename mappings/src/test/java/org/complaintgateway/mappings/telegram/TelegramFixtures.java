package org.complaintgateway.mappings.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.complaintgateway.mappings.Fixtures;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.json.ComplaintJson;
import org.complaintgateway.mappings.json.ComplaintSchema;
import org.complaintgateway.mappings.model.Complaint;

/**
 * The fixture updates under src/test/resources/telegram/ (Bot API JSON, fake people and file ids), the bundles an
 * intake would journal for them, and the settings, identity and store the tests map them with.
 */
final class TelegramFixtures {

    static final Identity IDENTITY = new Identity(
            "01950f3c-8e2a-7b41-9c3d-2f6a8b1e4d57", "RC-2026-000042", Instant.parse("2026-03-02T10:20:00Z"));
    static final String BOT_USERNAME = "ComplaintDemoBot";
    static final long BOT_USER_ID = 7000000001L;
    /** Private chats only, the default. */
    static final TelegramMappingSettings SETTINGS =
            new TelegramMappingSettings("bot", BOT_USERNAME, BOT_USER_ID, null, "RC");
    static final TelegramMappingSettings GROUP_SETTINGS =
            new TelegramMappingSettings("bot", BOT_USERNAME, BOT_USER_ID, Set.of("private", "group", "supergroup"), "RC");

    /** The complaint of message 42 in Mara's chat (fixture update-text.json), and of protocol number RC-2026-000040. */
    static final String KNOWN_COMPLAINT = "01950f3c-0000-7000-8000-000000000040";
    /** The complaint of message 40 in Mara's chat, which update-reply-to-own-message.json answers. */
    static final String REPLIED_COMPLAINT = "01950f3c-0000-7000-8000-000000000041";
    static final MessageLookup STORE = new MapLookup(
            Map.of(TelegramKeys.messageKey("100000001", "42"), KNOWN_COMPLAINT,
                    TelegramKeys.messageKey("100000001", "40"), REPLIED_COMPLAINT),
            Map.of("RC-2026-000040", KNOWN_COMPLAINT));

    private static final ObjectMapper JSON = new ObjectMapper();

    private TelegramFixtures() {
    }

    static JsonNode update(String fixture) {
        try {
            return JSON.readTree(Fixtures.bytes("telegram/" + fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundle of a fixture whose wanted files were all downloaded. */
    static byte[] bundle(String fixture) {
        JsonNode update = update(fixture);
        return TelegramBundle.toBytes(update, TelegramFiles.wanted(update).stream().map(TelegramFixtures::download).toList(), null);
    }

    /** The bundle of a fixture as the intake journals it when no file could be downloaded. */
    static byte[] bundleWithoutFiles(String fixture, List<SkippedFile> skipped) {
        return TelegramBundle.toBytes(update(fixture), null, skipped);
    }

    /** What getFile and the download would give for {@code file}: a path in Telegram's folder for the kind, fake bytes. */
    static DownloadedFile download(FileRef file) {
        String path = switch (file.kind()) {
            case "photo" -> "photos/file_7.jpg";
            case "document" -> "documents/file_3.pdf";
            case "voice" -> "voice/file_5.oga";
            case "audio" -> "music/file_2.m4a";
            case "video" -> "videos/file_4.mp4";
            case "video_note" -> "video_notes/file_6.mp4";
            case "animation" -> "animations/file_8.mp4";
            default -> throw new IllegalArgumentException(file.kind());
        };
        return new DownloadedFile(file.fileId(), path, content(file));
    }

    static byte[] content(FileRef file) {
        return ("fake bytes of " + file.fileId()).getBytes(StandardCharsets.UTF_8);
    }

    static MappingResult map(String fixture) {
        return map(fixture, SETTINGS);
    }

    static MappingResult map(String fixture, TelegramMappingSettings settings) {
        return TelegramMapper.map(bundle(fixture), IDENTITY, settings, STORE);
    }

    static Complaint mapped(String fixture) {
        return mapped(fixture, SETTINGS);
    }

    /** The complaint of a fixture that must map, checked against the schema. */
    static Complaint mapped(String fixture, TelegramMappingSettings settings) {
        return valid(map(fixture, settings));
    }

    static Complaint valid(MappingResult result) {
        assertThat(result).isInstanceOf(MappingResult.Mapped.class);
        Complaint complaint = ((MappingResult.Mapped) result).complaint();
        assertThat(ComplaintSchema.validate(ComplaintJson.toBytes(complaint))).isEmpty();
        return complaint;
    }

    static MappingResult.Ignored ignored(String reason) {
        return new MappingResult.Ignored(reason);
    }

    /** A store that knows the given message keys and protocol numbers. */
    record MapLookup(Map<String, String> byMessageKey, Map<String, String> byProtocolNumber) implements MessageLookup {
        @Override
        public Optional<String> complaintOf(String chatId, String messageId) {
            return Optional.ofNullable(byMessageKey.get(TelegramKeys.messageKey(chatId, messageId)));
        }

        @Override
        public Optional<String> byProtocolNumber(String protocolNumber) {
            return Optional.ofNullable(byProtocolNumber.get(protocolNumber));
        }
    }
}
