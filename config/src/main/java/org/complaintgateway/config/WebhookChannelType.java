package org.complaintgateway.config;

import java.util.List;

/** {@code type: webhook}: any source that POSTs JSON, authenticated by an HMAC or a bearer token. */
final class WebhookChannelType implements ChannelType {
    static final Key<String> PATH = Key.optional("path", Scalars.URL_PATH, null); // null: /webhook/{id}
    static final Key<WebhookAuth> AUTH = Key.required("auth", WebhookAuthSection.TYPE);
    static final Key<WebhookFields> FIELDS = Key.required("fields", WebhookFieldsSection.TYPE);
    static final Key<Long> MAX_BODY_SIZE = WebhookBodySize.KEY;

    private static final Section SECTION = Section.of(PATH, AUTH, FIELDS, MAX_BODY_SIZE);

    @Override
    public String name() {
        return "webhook";
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
        return values.isWritten(PATH) ? values.get(PATH) : "/webhook/" + id;
    }

    @Override
    public ChannelConfig build(String id, Values values, Cursor cursor) {
        WebhookBodySize.check(cursor, values);
        return new WebhookChannelConfig(id, servedPath(id, values, PATH), values.get(AUTH), values.get(FIELDS),
                values.get(MAX_BODY_SIZE));
    }
}
