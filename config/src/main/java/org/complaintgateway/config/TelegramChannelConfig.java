package org.complaintgateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A {@code type: telegram} channel: a Telegram bot whose messages are complaints.
 *
 * @param id           channel id
 * @param token        the bot token from @BotFather, a secret reference (prints masked; never part of a log line)
 * @param mode         polling (default: the gateway calls getUpdates) or webhook (Telegram posts each update)
 * @param apiUrl       the Bot API's base URL (default https://api.telegram.org; a test server's in tests)
 * @param chatTypes    chats messages are taken from (default [private]); in groups only messages addressed to the bot
 * @param mergeWindow  messages of one customer in one chat with less than this between them become one complaint,
 *                     sent once the chat has been quiet this long (default 60s; 0s: every message at once, alone)
 * @param maxFileBytes larger photos, documents and voice notes are not downloaded, and the complaint says so (YAML
 *                     {@code maxFileSize}, default and at most 20MB, the Bot API's download limit)
 * @param pollTimeout  how long one getUpdates waits for an update (long polling; default 25s, 0s to 50s)
 * @param timeout      connect and answer timeout of every other Bot API call and file download (default 30s)
 * @param maxAttempts  tries of an update (its files, its journaling) before it is quarantined (default 5)
 * @param path         webhook mode: the gateway's HTTP path Telegram posts to (default /telegram/{id}); else null
 * @param secretToken  webhook mode: the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token; else null
 * @param publicUrl    webhook mode: the https:// URL Telegram posts updates to (this gateway's path as the internet
 *                     sees it, e.g. through a reverse proxy), registered by
 *                     {@code telegram set-webhook}; else null
 */
public record TelegramChannelConfig(String id, Secret token, TelegramMode mode, URI apiUrl,
                                    List<TelegramChatType> chatTypes, Duration mergeWindow, long maxFileBytes,
                                    Duration pollTimeout, Duration timeout, int maxAttempts, String path,
                                    Secret secretToken, URI publicUrl) implements ChannelConfig {

    /** The Bot API serves files up to this size (getFile); larger ones can only be seen, not downloaded. */
    public static final long BOT_API_FILE_LIMIT = 20L << 20;

    public TelegramChannelConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(mode, "mode");
        chatTypes = List.copyOf(chatTypes);
    }

    @Override
    public String type() {
        return "telegram";
    }
}
