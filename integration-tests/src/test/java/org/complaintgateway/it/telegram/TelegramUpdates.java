package org.complaintgateway.it.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Updates in the Bot API's own JSON shape (https://core.telegram.org/bots/api#update) for tests to
 * {@link FakeTelegramBotApi#enqueue enqueue}. Every person, chat and file is invented. The media objects come from
 * templates in {@code src/test/resources/telegram/}; ids, people and texts are filled in here. Chat types follow the
 * id ({@link ChatIds}): a positive id is a private chat, {@link #GROUP} a group, {@link #SUPERGROUP} a supergroup.
 * No update_id: the fake assigns it, as Telegram does. Message ids count up from 1 per instance.
 */
public final class TelegramUpdates {

    public static final long CUSTOMER = 555_000_001L;
    public static final long OTHER_CUSTOMER = 555_000_002L;
    public static final long GROUP = -555_000_100L;
    public static final long SUPERGROUP = -1_005_550_000_200L;
    public static final long CHANNEL = -1_005_550_000_300L;
    /** Another bot in a group, whose messages a bot sees when it reads all group messages. */
    public static final long OTHER_BOT = 555_000_900L;
    public static final String OTHER_BOT_USERNAME = "other_fake_bot";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRST_NAME = "Fake";
    private static final String LAST_NAME = "Customer";
    /** Read once: benchmarks build many updates. */
    private static final Map<String, JsonNode> TEMPLATES = new ConcurrentHashMap<>();

    private final long date;
    private final AtomicLong nextMessageId = new AtomicLong(1);

    /** Messages sent now. */
    public TelegramUpdates() {
        this(Instant.now());
    }

    /** Messages sent at {@code sentAt}, for fixtures that must not change from run to run. */
    public TelegramUpdates(Instant sentAt) {
        this.date = sentAt.getEpochSecond();
    }

    /** The file_unique_id the media builders give {@code fileId}; register files with it. */
    public static String fileUniqueId(String fileId) {
        return "uniq-" + fileId;
    }

    public ObjectNode text(long chatId, long userId, String text) {
        return update("message", message(chatId, userId).put("text", text));
    }

    /** {@code command} such as "/start" or "/start@bot_name payload", marked with a bot_command entity. */
    public ObjectNode command(long chatId, long userId, String command) {
        int end = command.indexOf(' ');
        ObjectNode message = message(chatId, userId).put("text", command);
        message.set("entities", entity("bot_command", 0, end < 0 ? command.length() : end));
        return update("message", message);
    }

    /** "@botUsername text", the username marked with a mention entity: how a group addresses a bot. */
    public ObjectNode mention(long chatId, long userId, String botUsername, String text) {
        String handle = "@" + botUsername;
        ObjectNode message = message(chatId, userId).put("text", handle + " " + text);
        message.set("entities", entity("mention", 0, handle.length()));
        return update("message", message);
    }

    /**
     * One photo in up to four sizes, one file id per size, smallest first as the Bot API lists them (the last is the
     * original). {@code caption}: null or empty for none.
     */
    public ObjectNode photo(long chatId, long userId, String caption, String... fileIds) {
        JsonNode sizes = template("photo-sizes.json");
        if (fileIds.length == 0 || fileIds.length > sizes.size()) {
            throw new IllegalArgumentException("a photo has 1 to " + sizes.size() + " sizes");
        }
        ArrayNode photo = JSON.createArrayNode();
        for (int i = 0; i < fileIds.length; i++) {
            photo.add(withIds((ObjectNode) sizes.get(i), fileIds[i]));
        }
        return media(chatId, userId, caption, "photo", photo);
    }

    public ObjectNode document(long chatId, long userId, String caption, String fileId, String fileName,
                               String mimeType, long fileSize) {
        ObjectNode document = withIds(JSON.createObjectNode(), fileId)
                .put("file_name", fileName).put("mime_type", mimeType).put("file_size", fileSize);
        return media(chatId, userId, caption, "document", document);
    }

    public ObjectNode voice(long chatId, long userId, String fileId) {
        return media(chatId, userId, null, "voice", fromTemplate("voice.json", fileId));
    }

    public ObjectNode audio(long chatId, long userId, String caption, String fileId) {
        return media(chatId, userId, caption, "audio", fromTemplate("audio.json", fileId));
    }

    public ObjectNode video(long chatId, long userId, String caption, String fileId) {
        return media(chatId, userId, caption, "video", fromTemplate("video.json", fileId));
    }

    public ObjectNode videoNote(long chatId, long userId, String fileId) {
        return media(chatId, userId, null, "video_note", fromTemplate("video-note.json", fileId));
    }

    public ObjectNode sticker(long chatId, long userId, String fileId) {
        return media(chatId, userId, null, "sticker", fromTemplate("sticker.json", fileId));
    }

    /** A shared contact; {@code phoneNumber} invented, e.g. +1 555 555 0123 (555-01xx numbers are kept for fiction). */
    public ObjectNode contact(long chatId, long userId, String phoneNumber, String firstName) {
        ObjectNode message = message(chatId, userId);
        message.putObject("contact").put("phone_number", phoneNumber).put("first_name", firstName);
        return update("message", message);
    }

    public ObjectNode location(long chatId, long userId, double latitude, double longitude) {
        ObjectNode message = message(chatId, userId);
        message.putObject("location").put("latitude", latitude).put("longitude", longitude);
        return update("message", message);
    }

    /** The new text of message {@code messageId}, edited a minute after it was sent. */
    public ObjectNode edited(long chatId, long userId, long messageId, String text) {
        ObjectNode message = message(chatId, userId).put("message_id", messageId)
                .put("edit_date", date + 60).put("text", text);
        return update("edited_message", message);
    }

    /** A message of {@link #OTHER_BOT} in a group or supergroup. */
    public ObjectNode fromBot(long chatId, String text) {
        ObjectNode message = JSON.createObjectNode().put("message_id", nextMessageId.getAndIncrement());
        message.set("from", JSON.createObjectNode().put("id", OTHER_BOT).put("is_bot", true)
                .put("first_name", "Other Fake Bot").put("username", OTHER_BOT_USERNAME));
        message.set("chat", chat(chatId));
        return update("message", message.put("date", date).put("text", text));
    }

    /** A post in a channel: no {@code from}, the channel itself as {@code sender_chat}. */
    public ObjectNode channelPost(long channelId, String text) {
        ObjectNode channel = JSON.createObjectNode()
                .put("id", channelId).put("title", "Fake Test Channel").put("type", "channel");
        ObjectNode post = JSON.createObjectNode().put("message_id", nextMessageId.getAndIncrement());
        post.set("sender_chat", channel);
        post.set("chat", channel.deepCopy());
        return update("channel_post", post.put("date", date).put("text", text));
    }

    private ObjectNode message(long chatId, long userId) {
        ObjectNode message = JSON.createObjectNode().put("message_id", nextMessageId.getAndIncrement());
        message.set("from", user(userId));
        message.set("chat", chat(chatId));
        return message.put("date", date);
    }

    private ObjectNode media(long chatId, long userId, String caption, String kind, JsonNode media) {
        ObjectNode message = message(chatId, userId);
        message.set(kind, media);
        if (caption != null && !caption.isEmpty()) {
            message.put("caption", caption);
        }
        return update("message", message);
    }

    private static ObjectNode user(long userId) {
        return JSON.createObjectNode().put("id", userId).put("is_bot", false)
                .put("first_name", FIRST_NAME).put("last_name", LAST_NAME).put("username", username(userId))
                .put("language_code", "en");
    }

    private static String username(long userId) {
        return "fake_customer_" + userId;
    }

    private static ObjectNode chat(long chatId) {
        String type = ChatIds.typeOf(chatId);
        if (type.equals("private")) {
            return JSON.createObjectNode().put("id", chatId).put("first_name", FIRST_NAME).put("last_name", LAST_NAME)
                    .put("username", username(chatId)).put("type", type);
        }
        String title = type.equals("group") ? "Fake Test Group" : "Fake Test Supergroup";
        return JSON.createObjectNode().put("id", chatId).put("title", title).put("type", type);
    }

    private static ArrayNode entity(String type, int offset, int length) {
        ArrayNode entities = JSON.createArrayNode();
        entities.addObject().put("offset", offset).put("length", length).put("type", type);
        return entities;
    }

    private static ObjectNode fromTemplate(String template, String fileId) {
        ObjectNode media = withIds((ObjectNode) template(template), fileId);
        if (media.get("thumbnail") instanceof ObjectNode thumbnail) {
            media.set("thumbnail", withIds(thumbnail, fileId + "-thumb"));
        }
        return media;
    }

    /** file_id and file_unique_id first, where the Bot API puts them. */
    private static ObjectNode withIds(ObjectNode fileObject, String fileId) {
        ObjectNode ids = JSON.createObjectNode().put("file_id", fileId).put("file_unique_id", fileUniqueId(fileId));
        return ids.setAll(fileObject);
    }

    private static ObjectNode update(String kind, ObjectNode message) {
        ObjectNode update = JSON.createObjectNode();
        update.set(kind, message);
        return update;
    }

    private static JsonNode template(String name) {
        return TEMPLATES.computeIfAbsent(name, TelegramUpdates::read).deepCopy();
    }

    private static JsonNode read(String name) {
        try (InputStream in = TelegramUpdates.class.getResourceAsStream("/telegram/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no template telegram/" + name + " on the test classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
