package org.complaintgateway.config;

import java.util.List;
import java.util.regex.Pattern;

/** {@code type: slack}: a Slack app's Events API subscription, posting to the gateway's Request URL. */
final class SlackChannelType implements ChannelType {
    /** Public channels' ids start with C, private channels' (and old private groups') with G. */
    private static final Pattern CONVERSATION_ID = Pattern.compile("[CG][A-Z0-9]{8,}");

    static final Key<String> PATH = Key.optional("path", Scalars.URL_PATH, null); // null: /slack/{id}
    static final Key<Secret> SIGNING_SECRET = Key.required("signingSecret", Scalars.SECRET);
    static final Key<List<String>> CHANNELS = Key.optional("channels", new ListValue<>(
            Scalars.text(CONVERSATION_ID, "a Slack channel id such as C0123456789 (C or G, then 8 or more upper-case "
                    + "letters or digits: the channel's id from its details, not its #name)"),
            "a list of Slack channel ids such as [C0123456789]", true), List.of());
    static final Key<Long> MAX_BODY_SIZE = WebhookBodySize.KEY;

    private static final Section SECTION = Section.of(PATH, SIGNING_SECRET, CHANNELS, MAX_BODY_SIZE);

    @Override
    public String name() {
        return "slack";
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
        return values.isWritten(PATH) ? values.get(PATH) : "/slack/" + id;
    }

    @Override
    public ChannelConfig build(String id, Values values, Cursor cursor) {
        WebhookBodySize.check(cursor, values);
        return new SlackChannelConfig(id, servedPath(id, values, PATH), values.get(SIGNING_SECRET),
                values.get(CHANNELS), values.get(MAX_BODY_SIZE));
    }
}
