package org.complaintgateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code type: telegram}: a Telegram bot, polled with getUpdates or posting to a webhook. */
final class TelegramChannelType implements ChannelType {
    static final URI TELEGRAM_API = URI.create("https://api.telegram.org");
    static final Duration MAX_POLL_TIMEOUT = Duration.ofSeconds(50);
    /** What Telegram accepts as a webhook's secret_token (setWebhook). */
    private static final Pattern SECRET_TOKEN_FORM = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    static final Key<Secret> TOKEN = Key.required("token", Scalars.SECRET);
    static final Key<TelegramMode> MODE = Key.optional("mode", Scalars.oneOf(TelegramMode.class), TelegramMode.POLLING);
    static final Key<URI> API_URL = Key.optional("apiUrl", Scalars.HTTP_URL, TELEGRAM_API);
    static final Key<List<TelegramChatType>> CHAT_TYPES = Key.optional("chatTypes",
            Scalars.nonEmptyListOf(Scalars.oneOf(TelegramChatType.class),
                    "a non-empty list of chat types: private, group, supergroup"),
            List.of(TelegramChatType.PRIVATE));
    static final Key<Duration> MERGE_WINDOW = Key.optional("mergeWindow", Scalars.DURATION_OR_ZERO, Duration.ofSeconds(60));
    static final Key<Long> MAX_FILE_SIZE = Key.optional("maxFileSize", Scalars.SIZE, TelegramChannelConfig.BOT_API_FILE_LIMIT);
    static final Key<Duration> POLL_TIMEOUT = Key.optional("pollTimeout", Scalars.DURATION_OR_ZERO, Duration.ofSeconds(25));
    static final Key<Duration> TIMEOUT = Key.optional("timeout", Scalars.DURATION, Duration.ofSeconds(30));
    static final Key<Integer> MAX_ATTEMPTS = Key.optional("maxAttempts", Scalars.wholeNumber(1, 100), 5);
    static final Key<String> PATH = Key.optional("path", Scalars.URL_PATH, null); // null: /telegram/{id}
    static final Key<Secret> SECRET_TOKEN = Key.optional("secretToken", Scalars.SECRET, null);
    static final Key<URI> PUBLIC_URL = Key.optional("publicUrl", Scalars.HTTP_URL, null);

    private static final Section SECTION = Section.of(TOKEN, MODE, API_URL, CHAT_TYPES, MERGE_WINDOW, MAX_FILE_SIZE,
            POLL_TIMEOUT, TIMEOUT, MAX_ATTEMPTS, PATH, SECRET_TOKEN, PUBLIC_URL);

    @Override
    public String name() {
        return "telegram";
    }

    @Override
    public Section section() {
        return SECTION;
    }

    @Override
    public List<Key<String>> httpPaths() {
        return List.of(PATH);
    }

    @Override
    public String servedPath(String id, Values values, Key<String> key) {
        if (values.isWrong(MODE) || values.get(MODE) != TelegramMode.WEBHOOK) {
            return null;
        }
        return values.isWritten(PATH) ? values.get(PATH) : defaultPath(id);
    }

    @Override
    public ChannelConfig build(String id, Values values, Cursor cursor) {
        TelegramMode mode = values.get(MODE);
        if (values.get(MAX_FILE_SIZE) > TelegramChannelConfig.BOT_API_FILE_LIMIT) {
            fail(cursor, values, MAX_FILE_SIZE, "must be at most 20MB: the Bot API does not let bots download larger files");
        }
        if (values.get(POLL_TIMEOUT).compareTo(MAX_POLL_TIMEOUT) > 0) {
            fail(cursor, values, POLL_TIMEOUT, "must be at most 50s: proxies and Telegram itself end longer requests");
        }
        if (mode == TelegramMode.WEBHOOK) {
            checkWebhook(values, cursor);
        } else {
            for (Key<?> webhookOnly : List.of(PATH, SECRET_TOKEN, PUBLIC_URL)) {
                if (values.isWritten(webhookOnly)) {
                    fail(cursor, values, webhookOnly, "only used with mode: webhook, and this channel polls; remove "
                            + webhookOnly.name() + " or set mode: webhook");
                }
            }
        }
        if (mode == TelegramMode.WEBHOOK && values.isWritten(POLL_TIMEOUT)) {
            fail(cursor, values, POLL_TIMEOUT, "only used with mode: polling; a webhook does not poll");
        }
        boolean webhook = mode == TelegramMode.WEBHOOK;
        return new TelegramChannelConfig(id, values.get(TOKEN), mode, values.get(API_URL), values.get(CHAT_TYPES),
                values.get(MERGE_WINDOW), values.get(MAX_FILE_SIZE), values.get(POLL_TIMEOUT), values.get(TIMEOUT),
                values.get(MAX_ATTEMPTS), webhook ? servedPath(id, values, PATH) : null,
                webhook ? values.get(SECRET_TOKEN) : null, webhook ? values.get(PUBLIC_URL) : null);
    }

    /** Two channels polling one bot would each confirm updates the other has not journaled yet. */
    @Override
    public Optional<String> polledSource(ChannelConfig channel) {
        TelegramChannelConfig telegram = (TelegramChannelConfig) channel;
        if (telegram.mode() != TelegramMode.POLLING) {
            return Optional.empty();
        }
        String token = telegram.token().reveal();
        String botId = token.contains(":") ? token.substring(0, token.indexOf(':')) : "?";
        return Optional.of("Telegram bot " + botId + " at " + telegram.apiUrl().toString().toLowerCase(Locale.ROOT));
    }

    private static void checkWebhook(Values values, Cursor cursor) {
        if (!values.isWritten(SECRET_TOKEN)) {
            fail(cursor, values, MODE, "mode: webhook needs secretToken: without it anyone who guesses the path can "
                    + "post updates (1 to 256 characters: letters, digits, _ and -)");
        } else if (values.get(SECRET_TOKEN) != null
                && !SECRET_TOKEN_FORM.matcher(values.get(SECRET_TOKEN).reveal()).matches()) {
            fail(cursor, values, SECRET_TOKEN, "expected 1 to 256 characters, each a letter, a digit, _ or -, as "
                    + "Telegram requires of a webhook's secret_token");
        }
        if (!values.isWritten(PUBLIC_URL)) {
            fail(cursor, values, MODE, "mode: webhook needs publicUrl, the https:// address under which Telegram "
                    + "reaches this gateway's path");
        } else if (values.get(PUBLIC_URL) != null && !"https".equalsIgnoreCase(values.get(PUBLIC_URL).getScheme())) {
            fail(cursor, values, PUBLIC_URL, "must be an https:// URL: Telegram delivers webhooks over HTTPS only");
        }
    }

    private static String defaultPath(String id) {
        return "/telegram/" + id;
    }

    private static void fail(Cursor cursor, Values values, Key<?> key, String message) {
        cursor.child(key.name()).fail(values.where(key), message);
    }
}
