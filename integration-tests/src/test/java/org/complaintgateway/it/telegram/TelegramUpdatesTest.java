package org.complaintgateway.it.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.it.telegram.TelegramUpdates.CHANNEL;
import static org.complaintgateway.it.telegram.TelegramUpdates.CUSTOMER;
import static org.complaintgateway.it.telegram.TelegramUpdates.GROUP;
import static org.complaintgateway.it.telegram.TelegramUpdates.SUPERGROUP;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builder writes updates as the Bot API sends them: a private message's from and chat are one person, chat types
 * follow the id scheme, entities mark commands and mentions, photo sizes come smallest first, and every file object
 * carries its own file_id and file_unique_id.
 */
class TelegramUpdatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TelegramUpdates updates = new TelegramUpdates(Instant.parse("2026-03-02T09:30:00Z"));

    @Test
    void aPrivateTextHasTheBotApiShape() throws IOException {
        assertThat(normalized(updates.text(CUSTOMER, CUSTOMER, "My parcel arrived broken.")))
                .isEqualTo(fixture("update-text-private.json"));
    }

    @Test
    void aVideoFillsTheFileIdsIntoItsTemplateAndItsThumbnail() throws IOException {
        assertThat(normalized(updates.video(CUSTOMER, CUSTOMER, "This is how it arrived.", "video-1")))
                .isEqualTo(fixture("update-video-private.json"));
    }

    @Test
    void aPhotoListsOneSizePerFileIdSmallestFirst() {
        JsonNode photo = updates.photo(CUSTOMER, CUSTOMER, null, "p-small", "p-medium", "p-large").at("/message/photo");

        assertThat(photo).extracting(size -> size.get("file_id").asText())
                .containsExactly("p-small", "p-medium", "p-large");
        assertThat(photo).extracting(size -> size.get("width").asInt()).isSorted();
        assertThat(photo.get(2).get("file_unique_id").asText()).isEqualTo(TelegramUpdates.fileUniqueId("p-large"));
    }

    @Test
    void aMentionMarksTheBotUsernameWithAMentionEntity() {
        JsonNode message = updates.mention(SUPERGROUP, CUSTOMER, "fake_complaints_bot", "the lift is broken")
                .get("message");

        assertThat(message.get("text").asText()).isEqualTo("@fake_complaints_bot the lift is broken");
        assertThat(message.at("/entities/0/type").asText()).isEqualTo("mention");
        assertThat(message.at("/entities/0/offset").asInt()).isZero();
        assertThat(message.at("/entities/0/length").asInt()).isEqualTo("@fake_complaints_bot".length());
        assertThat(message.at("/chat/type").asText()).isEqualTo("supergroup");
    }

    @Test
    void aCommandIsMarkedWithABotCommandEntityUpToItsArguments() {
        JsonNode message = updates.command(CUSTOMER, CUSTOMER, "/start complaint-form").get("message");

        assertThat(message.at("/entities/0/type").asText()).isEqualTo("bot_command");
        assertThat(message.at("/entities/0/length").asInt()).isEqualTo("/start".length());
    }

    @Test
    void chatTypesFollowTheIdScheme() {
        assertThat(updates.text(CUSTOMER, CUSTOMER, "hi").at("/message/chat/type").asText()).isEqualTo("private");
        assertThat(updates.text(GROUP, CUSTOMER, "hi").at("/message/chat/type").asText()).isEqualTo("group");
        assertThat(updates.text(SUPERGROUP, CUSTOMER, "hi").at("/message/chat/type").asText()).isEqualTo("supergroup");
        assertThat(updates.channelPost(CHANNEL, "hi").at("/channel_post/chat/type").asText()).isEqualTo("channel");
    }

    @Test
    void aChannelPostHasTheChannelAsSenderAndNoFrom() {
        JsonNode post = updates.channelPost(CHANNEL, "Service notice").get("channel_post");

        assertThat(post.has("from")).isFalse();
        assertThat(post.at("/sender_chat/id").asLong()).isEqualTo(CHANNEL);
    }

    @Test
    void aMessageFromABotSaysSo() {
        JsonNode from = updates.fromBot(GROUP, "beep").at("/message/from");

        assertThat(from.get("is_bot").asBoolean()).isTrue();
        assertThat(from.get("id").asLong()).isEqualTo(TelegramUpdates.OTHER_BOT);
    }

    @Test
    void anEditedMessageKeepsItsIdAndCarriesAnEditDate() {
        JsonNode edited = updates.edited(CUSTOMER, CUSTOMER, 41, "Corrected text").get("edited_message");

        assertThat(edited.get("message_id").asLong()).isEqualTo(41);
        assertThat(edited.get("edit_date").asLong()).isGreaterThan(edited.get("date").asLong());
    }

    @Test
    void messageIdsCountUpPerBuilder() {
        long first = updates.text(CUSTOMER, CUSTOMER, "one").at("/message/message_id").asLong();
        long second = updates.voice(CUSTOMER, CUSTOMER, "voice-1").at("/message/message_id").asLong();

        assertThat(second).isEqualTo(first + 1);
    }

    static Stream<Arguments> everyMessageKind() {
        TelegramUpdates kinds = new TelegramUpdates();
        Map<String, Function<TelegramUpdates, ObjectNode>> builders = Map.ofEntries(
                Map.entry("text", u -> u.text(CUSTOMER, CUSTOMER, "text")),
                Map.entry("command", u -> u.command(CUSTOMER, CUSTOMER, "/start")),
                Map.entry("mention", u -> u.mention(GROUP, CUSTOMER, "fake_complaints_bot", "hello")),
                Map.entry("photo", u -> u.photo(CUSTOMER, CUSTOMER, "caption", "photo-1")),
                Map.entry("document", u -> u.document(CUSTOMER, CUSTOMER, null, "doc-1", "receipt.pdf",
                        "application/pdf", 48_213)),
                Map.entry("voice", u -> u.voice(CUSTOMER, CUSTOMER, "voice-1")),
                Map.entry("audio", u -> u.audio(CUSTOMER, CUSTOMER, null, "audio-1")),
                Map.entry("video", u -> u.video(CUSTOMER, CUSTOMER, null, "video-1")),
                Map.entry("video_note", u -> u.videoNote(CUSTOMER, CUSTOMER, "note-1")),
                Map.entry("sticker", u -> u.sticker(CUSTOMER, CUSTOMER, "sticker-1")),
                Map.entry("contact", u -> u.contact(CUSTOMER, CUSTOMER, "+15555550123", "Invented")),
                Map.entry("location", u -> u.location(CUSTOMER, CUSTOMER, 48.2082, 16.3738)),
                Map.entry("edited", u -> u.edited(CUSTOMER, CUSTOMER, 3, "edited")),
                Map.entry("fromBot", u -> u.fromBot(SUPERGROUP, "beep")),
                Map.entry("channelPost", u -> u.channelPost(CHANNEL, "notice")));
        return builders.entrySet().stream().map(kind -> Arguments.of(kind.getKey(), kind.getValue().apply(kinds)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyMessageKind")
    void everyMessageKindCarriesItsIdChatAndDateAndNoUpdateId(String kind, ObjectNode update) {
        assertThat(update.has("update_id")).isFalse();
        assertThat(update.size()).isEqualTo(1);
        JsonNode message = update.iterator().next();
        assertThat(message.get("message_id").isIntegralNumber()).isTrue();
        assertThat(message.at("/chat/id").isIntegralNumber()).isTrue();
        assertThat(message.at("/chat/type").isTextual()).isTrue();
        assertThat(message.get("date").asLong()).isPositive();
        if (!kind.equals("channelPost")) {
            assertThat(message.at("/from/first_name").isTextual()).isTrue();
        }
        message.findValues("file_id").forEach(fileId -> assertThat(fileId.asText()).isNotBlank());
        assertThat(message.findValues("file_id")).hasSameSizeAs(message.findValues("file_unique_id"));
    }

    /** Through text and back, so numbers compare by value and not by the Java type the builder happened to use. */
    private static JsonNode normalized(ObjectNode update) throws IOException {
        return JSON.readTree(JSON.writeValueAsString(update));
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = TelegramUpdatesTest.class.getResourceAsStream("/telegram/" + name)) {
            return JSON.readTree(in);
        }
    }
}
