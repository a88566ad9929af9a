package org.complaintgateway.config;

/**
 * {@code maxBodySize} of the channels the internet posts events to (whatsapp, messenger, instagram, slack, webhook):
 * each body is held in memory until its signature is checked, and events carry files as ids or URLs, never their
 * content, so a small limit costs nothing and keeps a flood of large forgeries cheap to refuse.
 */
final class WebhookBodySize {

    static final long LIMIT = 10L << 20;
    static final Key<Long> KEY = Key.optional("maxBodySize", Scalars.SIZE, 1L << 20);

    private WebhookBodySize() {
    }

    static void check(Cursor cursor, Values values) {
        if (values.get(KEY) > LIMIT) {
            cursor.child(KEY.name()).fail(values.where(KEY), "must be at most 10MB: events carry files as ids or URLs, "
                    + "not their content, and each body is held in memory until its signature is checked");
        }
    }
}
