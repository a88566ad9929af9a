package org.complaintgateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** {@code type: slack}: a Slack app's Events API subscription, posting to the gateway's Request URL. */
final class SlackChannelType extends WebhookChannelTypes {
    static final URI SLACK_API = URI.create("https://slack.com/api");
    /** Public channels' ids start with C, private channels' (and old private groups') with G. */
    private static final Pattern CONVERSATION_ID = Pattern.compile("[CG][A-Z0-9]{8,}");
    /** Slack tells its token types apart by prefix; only a bot token posts as the app. */
    private static final String BOT_TOKEN_PREFIX = "xoxb-";

    static final Key<Secret> SIGNING_SECRET = Key.required("signingSecret", Scalars.SECRET);
    static final Key<List<String>> CHANNELS = Key.optional("channels", new ListValue<>(
            Scalars.text(CONVERSATION_ID, "a Slack channel id such as C0123456789 (C or G, then 8 or more upper-case "
                    + "letters or digits: the channel's id from its details, not its #name)"),
            "a list of Slack channel ids such as [C0123456789]", true), List.of());
    static final Key<Secret> BOT_TOKEN = Key.optional("botToken", Scalars.SECRET, null);
    static final Key<URI> API_URL = Key.optional("apiUrl", Scalars.HTTP_URL, SLACK_API);
    static final Key<Duration> TIMEOUT = Key.optional("timeout", Scalars.DURATION, Duration.ofSeconds(10));

    SlackChannelType() {
        super(List.of(SIGNING_SECRET, CHANNELS, BOT_TOKEN, API_URL, TIMEOUT));
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    ChannelConfig build(String id, String path, Values values, Cursor cursor) {
        Secret botToken = values.get(BOT_TOKEN);
        if (botToken != null && !botToken.reveal().startsWith(BOT_TOKEN_PREFIX)) {
            // the value is a secret: say what it lacks, never what it holds, not even its first characters
            cursor.child(BOT_TOKEN.name()).fail(values.where(BOT_TOKEN), "expected a bot token, which starts with "
                    + BOT_TOKEN_PREFIX + " (the app's Bot User OAuth Token, under OAuth & Permissions), but the value "
                    + "of " + botToken.reference() + " does not; a user token (xoxp-) or an app-level token (xapp-) "
                    + "cannot post replies as the app");
        }
        return new SlackChannelConfig(id, path, values.get(SIGNING_SECRET), values.get(CHANNELS),
                values.get(MAX_BODY_SIZE), botToken, values.get(API_URL), values.get(TIMEOUT));
    }
}
