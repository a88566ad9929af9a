package org.complaintgateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * {@code type: whatsapp}, {@code messenger} and {@code instagram}: a Meta app's webhook, one type per platform.
 * They share their keys; only whatsapp downloads media from the Graph API, so only it takes the keys for that.
 */
final class MetaChannelType extends WebhookChannelTypes {
    static final URI GRAPH_API = URI.create("https://graph.facebook.com/v21.0");
    /** The largest media the WhatsApp Cloud API accepts: a document. */
    static final long CLOUD_API_MEDIA_LIMIT = 100L << 20;

    static final Key<Secret> APP_SECRET = Key.required("appSecret", Scalars.SECRET);
    static final Key<Secret> VERIFY_TOKEN = Key.required("verifyToken", Scalars.SECRET);
    // whatsapp only: messenger and instagram read them just to say they are not used there
    static final Key<Integer> MAX_ATTEMPTS = Key.optional("maxAttempts", Scalars.wholeNumber(1, 100), 5);
    static final Key<Secret> ACCESS_TOKEN = Key.optional("accessToken", Scalars.SECRET, null);
    static final Key<URI> API_URL = Key.optional("apiUrl", Scalars.HTTP_URL, GRAPH_API);
    static final Key<Long> MAX_MEDIA_SIZE = Key.optional("maxMediaSize", Scalars.SIZE, 16L << 20);
    static final Key<Duration> TIMEOUT = Key.optional("timeout", Scalars.DURATION, Duration.ofSeconds(10));

    private static final List<Key<?>> WHATSAPP_ONLY = List.of(ACCESS_TOKEN, API_URL, MAX_MEDIA_SIZE, TIMEOUT, MAX_ATTEMPTS);

    private final MetaPlatform platform;

    MetaChannelType(MetaPlatform platform) {
        super(List.of(APP_SECRET, VERIFY_TOKEN, accessToken(platform), API_URL, MAX_MEDIA_SIZE, TIMEOUT, MAX_ATTEMPTS));
        this.platform = platform;
    }

    /** Whatsapp cannot download a customer's photo or voice note without a token, so it is required there. */
    private static Key<Secret> accessToken(MetaPlatform platform) {
        return platform == MetaPlatform.WHATSAPP ? Key.required(ACCESS_TOKEN.name(), Scalars.SECRET) : ACCESS_TOKEN;
    }

    @Override
    public String name() {
        return platform.yamlName();
    }

    @Override
    ChannelConfig build(String id, String path, Values values, Cursor cursor) {
        boolean whatsapp = platform == MetaPlatform.WHATSAPP;
        if (whatsapp && values.get(MAX_MEDIA_SIZE) > CLOUD_API_MEDIA_LIMIT) {
            fail(cursor, values, MAX_MEDIA_SIZE, "must be at most 100MB: the WhatsApp Cloud API accepts no larger "
                    + "media (100MB is its limit for documents)");
        }
        if (!whatsapp) {
            for (Key<?> whatsappOnly : WHATSAPP_ONLY) {
                if (values.isWritten(whatsappOnly)) {
                    fail(cursor, values, whatsappOnly, "only used by whatsapp channels, which download media from "
                            + "the Graph API; " + platformName() + " attachments arrive as URLs, so this channel "
                            + "never calls the API: remove " + whatsappOnly.name());
                }
            }
        }
        return new MetaChannelConfig(id, platform, path, values.get(APP_SECRET),
                values.get(VERIFY_TOKEN), whatsapp ? values.get(ACCESS_TOKEN) : null,
                whatsapp ? values.get(API_URL) : null, values.get(MAX_BODY_SIZE),
                whatsapp ? values.get(MAX_MEDIA_SIZE) : 0, whatsapp ? values.get(TIMEOUT) : null,
                whatsapp ? values.get(MAX_ATTEMPTS) : 0);
    }

    /** Messenger or Instagram, as the products are called. */
    private String platformName() {
        return platform == MetaPlatform.INSTAGRAM ? "Instagram" : "Messenger";
    }

    private static void fail(Cursor cursor, Values values, Key<?> key, String message) {
        cursor.child(key.name()).fail(values.where(key), message);
    }
}
