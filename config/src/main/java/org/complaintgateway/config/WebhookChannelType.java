package org.complaintgateway.config;

import java.util.List;

/** {@code type: webhook}: any source that POSTs JSON, authenticated by an HMAC or a bearer token. */
final class WebhookChannelType extends WebhookChannelTypes {
    static final Key<WebhookAuth> AUTH = Key.required("auth", WebhookAuthSection.TYPE);
    static final Key<WebhookFields> FIELDS = Key.required("fields", WebhookFieldsSection.TYPE);

    WebhookChannelType() {
        super(List.of(AUTH, FIELDS));
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    ChannelConfig build(String id, String path, Values values, Cursor cursor) {
        return new WebhookChannelConfig(id, path, values.get(AUTH), values.get(FIELDS), values.get(MAX_BODY_SIZE));
    }
}
