package org.complaintgateway.it.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The Bot API methods the fake answers, by lower-case name (the Bot API's method names are case-insensitive). Each
 * reads and checks its parameters as tdlib/telegram-bot-api does and fails with the same descriptions.
 */
final class BotMethods {

    /** getUpdates waits at most this long whatever the client asks (the real server's LONG_POLL_MAX_TIMEOUT). */
    static final int LONG_POLL_MAX_TIMEOUT_SECONDS = 50;
    static final int MAX_MESSAGE_LENGTH = 4096;
    static final String BOT_FIRST_NAME = "Fake Complaints Bot";

    /** What a method answers: its result and, for the webhook methods, a description. */
    record Answer(JsonNode result, String description) {

        static Answer of(JsonNode result) {
            return new Answer(result, "");
        }
    }

    @FunctionalInterface
    interface Method {
        Answer call(BotApiParameters parameters) throws InterruptedException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]*");
    private static final long CHANNEL_BY_USERNAME_ID = -1_009_999_000_001L;

    private final long botId;
    private final String botUsername;
    private final UpdateQueue updates;
    private final FileStore files;
    private final List<SentMessage> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong nextMessageId = new AtomicLong(1);
    private final Map<String, Method> byName;

    BotMethods(long botId, String botUsername, UpdateQueue updates, FileStore files) {
        this.botId = botId;
        this.botUsername = botUsername;
        this.updates = updates;
        this.files = files;
        this.byName = Map.of(
                "getme", this::getMe,
                "getupdates", this::getUpdates,
                "getfile", this::getFile,
                "sendmessage", this::sendMessage,
                "setwebhook", this::setWebhook,
                "deletewebhook", this::deleteWebhook,
                "getwebhookinfo", this::getWebhookInfo);
    }

    Optional<Method> find(String lowerCaseName) {
        return Optional.ofNullable(byName.get(lowerCaseName));
    }

    List<SentMessage> sentMessages() {
        return List.copyOf(sent);
    }

    private Answer getMe(BotApiParameters ignored) {
        return Answer.of(botUser()
                .put("can_join_groups", true)
                .put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false)
                .put("can_connect_to_business", false)
                .put("has_main_web_app", false));
    }

    private Answer getUpdates(BotApiParameters parameters) throws InterruptedException {
        UpdateQueue.Polled polled = updates.poll(
                parameters.integer("offset", 0),
                parameters.clamped("limit", 100, 1, 100),
                Duration.ofSeconds(parameters.clamped("timeout", 0, 0, LONG_POLL_MAX_TIMEOUT_SECONDS)),
                parameters.text("allowed_updates").flatMap(BotMethods::updateTypes));
        if (polled instanceof UpdateQueue.Conflict conflict) {
            throw BotApiError.conflict(conflict.description());
        }
        ArrayNode result = JSON.createArrayNode();
        result.addAll(((UpdateQueue.Delivered) polled).updates());
        return Answer.of(result);
    }

    private Answer getFile(BotApiParameters parameters) {
        FileStore.RegisteredFile file = files.handOut(parameters.required("file_id", "file_id not specified"));
        return Answer.of(JSON.createObjectNode()
                .put("file_id", file.fileId())
                .put("file_unique_id", file.fileUniqueId())
                .put("file_size", file.size())
                .put("file_path", file.filePath()));
    }

    private Answer sendMessage(BotApiParameters parameters) {
        String chatId = parameters.required("chat_id", "chat_id is empty");
        ObjectNode chat = chat(chatId);
        String text = parameters.required("text", "message text is empty");
        if (text.length() > MAX_MESSAGE_LENGTH) {
            throw BotApiError.badRequest("message is too long");
        }
        OptionalLong replyTo = replyTo(parameters);
        long messageId = nextMessageId.getAndIncrement();
        sent.add(new SentMessage(messageId, chatId, text, replyTo, parameters.all()));
        ObjectNode message = JSON.createObjectNode().put("message_id", messageId);
        message.set("from", botUser());
        message.set("chat", chat);
        return Answer.of(message.put("date", Instant.now().getEpochSecond()).put("text", text));
    }

    private Answer setWebhook(BotApiParameters parameters) {
        Optional<String> url = parameters.text("url");
        if (url.isEmpty()) {
            // as the real server: setWebhook without a url removes the webhook
            return deleteWebhook(parameters);
        }
        checkWebhookUrl(url.get());
        String secretToken = parameters.text("secret_token").orElse("");
        if (secretToken.length() > 256) {
            throw BotApiError.badRequest("secret token is too long");
        }
        if (!SECRET_TOKEN.matcher(secretToken).matches()) {
            throw BotApiError.badRequest("secret token contains unallowed characters");
        }
        parameters.text("allowed_updates").flatMap(BotMethods::updateTypes).ifPresent(updates::allowUpdates);
        boolean changed = updates.setWebhook(new Webhook(url.get(), secretToken),
                parameters.flag("drop_pending_updates"));
        return new Answer(BooleanNode.TRUE, changed ? "Webhook was set" : "Webhook is already set");
    }

    private Answer deleteWebhook(BotApiParameters parameters) {
        boolean wasSet = updates.deleteWebhook(parameters.flag("drop_pending_updates"));
        return new Answer(BooleanNode.TRUE, wasSet ? "Webhook was deleted" : "Webhook is already deleted");
    }

    private Answer getWebhookInfo(BotApiParameters ignored) {
        ObjectNode info = JSON.createObjectNode()
                .put("url", updates.webhook().map(Webhook::url).orElse(""))
                .put("has_custom_certificate", false)
                .put("pending_update_count", updates.pendingCount());
        List<String> allowed = updates.allowedUpdates();
        if (!allowed.isEmpty()) {
            info.set("allowed_updates", JSON.valueToTree(allowed));
        }
        return Answer.of(info);
    }

    private ObjectNode botUser() {
        return JSON.createObjectNode()
                .put("id", botId)
                .put("is_bot", true)
                .put("first_name", BOT_FIRST_NAME)
                .put("username", botUsername);
    }

    /** The chat a sent message lands in; every chat exists here (the fake knows no "chat not found" but bad ids). */
    private static ObjectNode chat(String chatId) {
        if (chatId.startsWith("@")) {
            return JSON.createObjectNode().put("id", CHANNEL_BY_USERNAME_ID).put("title", "Fake Test Channel")
                    .put("username", chatId.substring(1)).put("type", "channel");
        }
        try {
            long id = Long.parseLong(chatId);
            return JSON.createObjectNode().put("id", id).put("type", ChatIds.typeOf(id));
        } catch (NumberFormatException notAChatId) {
            throw BotApiError.badRequest("chat not found");
        }
    }

    /** From reply_parameters (Bot API 7.0) or, without it, the older reply_to_message_id. */
    private static OptionalLong replyTo(BotApiParameters parameters) {
        if (!parameters.all().containsKey("reply_parameters")) {
            long messageId = parameters.integer("reply_to_message_id", 0);
            return messageId > 0 ? OptionalLong.of(messageId) : OptionalLong.empty();
        }
        Optional<String> text = parameters.text("reply_parameters");
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        JsonNode reply;
        try {
            reply = JSON.readTree(text.get());
        } catch (IOException e) {
            throw BotApiError.badRequest("can't parse reply parameters JSON object");
        }
        if (reply == null || !reply.isObject()) {
            throw BotApiError.badRequest("object expected as reply parameters");
        }
        if (reply.isEmpty()) {
            return OptionalLong.empty();
        }
        JsonNode messageId = reply.get("message_id");
        if (messageId == null) {
            throw BotApiError.badRequest("can't find field \"message_id\"");
        }
        if (!messageId.isIntegralNumber()) {
            throw BotApiError.badRequest("field \"message_id\" must be a valid Number");
        }
        return messageId.asLong() > 0 ? OptionalLong.of(messageId.asLong()) : OptionalLong.empty();
    }

    private static void checkWebhookUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
                throw BotApiError.badRequest("invalid webhook URL specified");
            }
        } catch (URISyntaxException e) {
            throw BotApiError.badRequest("invalid webhook URL specified");
        }
    }

    /**
     * allowed_updates as the real server reads it: a JSON array of type names, lower-cased; anything else leaves the
     * setting as it was; an empty array puts back the default, which the fake keeps as an empty list.
     */
    private static Optional<List<String>> updateTypes(String json) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (array == null || !array.isArray()) {
            return Optional.empty();
        }
        List<String> types = new ArrayList<>();
        for (JsonNode type : array) {
            if (!type.isTextual()) {
                return Optional.empty();
            }
            types.add(type.asText().toLowerCase(Locale.ROOT));
        }
        return Optional.of(types);
    }
}
