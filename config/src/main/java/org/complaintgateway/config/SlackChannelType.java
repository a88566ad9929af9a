package org.complaintgateway.config;

import java.util.List;
import java.util.regex.Pattern;

/** {@code type: slack}: a Slack app's Events API subscription, posting to the gateway's Request URL. */
final class SlackChannelType extends WebhookChannelTypes {
    /** Public channels' ids start with C, private channels' (and old private groups') with G. */
    private static final Pattern CONVERSATION_ID = Pattern.compile("[CG][A-Z0-9]{8,}");

    static final Key<Secret> SIGNING_SECRET = Key.required("signingSecret", Scalars.SECRET);
    static final Key<List<String>> CHANNELS = Key.optional("channels", new ListValue<>(
            Scalars.text(CONVERSATION_ID, "a Slack channel id such as C0123456789 (C or G, then 8 or more upper-case "
                    + "letters or digits: the channel's id from its details, not its #name)"),
            "a list of Slack channel ids such as [C0123456789]", true), List.of());

    SlackChannelType() {
        super(List.of(SIGNING_SECRET, CHANNELS));
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    ChannelConfig build(String id, String path, Values values, Cursor cursor) {
        return new SlackChannelConfig(id, path, values.get(SIGNING_SECRET), values.get(CHANNELS),
                values.get(MAX_BODY_SIZE));
    }
}
