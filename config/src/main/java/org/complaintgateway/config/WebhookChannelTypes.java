package org.complaintgateway.config;

import java.util.ArrayList;
import java.util.List;

/**
 * What the channel types the internet posts events to (whatsapp, messenger, instagram, slack, webhook) share: one
 * HTTP path, {@code /<type>/<id>} unless written, and a {@code maxBodySize} of at most 10MB: each body is held in
 * memory until its signature is checked, and events carry files as ids or URLs, never their content, so a small limit
 * costs nothing and keeps a flood of large forgeries cheap to refuse.
 */
abstract class WebhookChannelTypes implements ChannelType {

    static final Key<String> PATH = Key.optional("path", Scalars.URL_PATH, null); // null: /{type}/{id}
    static final Key<Long> MAX_BODY_SIZE = Key.optional("maxBodySize", Scalars.SIZE, 1L << 20);
    static final long MAX_BODY_LIMIT = 10L << 20;

    private final Section section;

    /** @param keys the type's own keys, after {@code path} and before {@code maxBodySize} */
    WebhookChannelTypes(List<Key<?>> keys) {
        List<Key<?>> all = new ArrayList<>();
        all.add(PATH);
        all.addAll(keys);
        all.add(MAX_BODY_SIZE);
        this.section = Section.of(all.toArray(new Key<?>[0]));
    }

    @Override
    public final Section section() {
        return section;
    }

    @Override
    public final List<Key<String>> httpPaths() {
        return List.of(PATH);
    }

    @Override
    public final String servedPath(String id, Values values, Key<String> key) {
        return values.isWritten(PATH) ? values.get(PATH) : "/" + name() + "/" + id;
    }

    @Override
    public final ChannelConfig build(String id, Values values, Cursor cursor) {
        if (values.get(MAX_BODY_SIZE) > MAX_BODY_LIMIT) {
            cursor.child(MAX_BODY_SIZE.name()).fail(values.where(MAX_BODY_SIZE), "must be at most 10MB: events carry "
                    + "files as ids or URLs, not their content, and each body is held in memory until its signature "
                    + "is checked");
        }
        return build(id, servedPath(id, values, PATH), values, cursor);
    }

    /** Checks the type's own keys and builds the record; {@code path} is the one the channel serves. */
    abstract ChannelConfig build(String id, String path, Values values, Cursor cursor);
}
