package org.complaintgateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code type: whatsapp}, {@code messenger} and {@code instagram}: a Meta app's webhook, one type per platform.
 * They share their keys, the Graph API ones included since all three send replies through it; only whatsapp
 * downloads media and has message templates, so only it takes the keys for those.
 */
final class MetaChannelType extends WebhookChannelTypes {
    static final URI GRAPH_API = URI.create("https://graph.facebook.com/v21.0");
    /** The largest media the WhatsApp Cloud API accepts: a document. */
    static final long CLOUD_API_MEDIA_LIMIT = 100L << 20;
    /** What WhatsApp Manager allows as a template's name. */
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9_]{1,512}");
    /** WhatsApp's template language codes: a language, then an optional region after an underscore. */
    private static final Pattern TEMPLATE_LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");

    static final Key<Secret> APP_SECRET = Key.required("appSecret", Scalars.SECRET);
    static final Key<Secret> VERIFY_TOKEN = Key.required("verifyToken", Scalars.SECRET);
    static final Key<Secret> ACCESS_TOKEN = Key.optional("accessToken", Scalars.SECRET, null);
    static final Key<URI> API_URL = Key.optional("apiUrl", Scalars.HTTP_URL, GRAPH_API);
    static final Key<Duration> TIMEOUT = Key.optional("timeout", Scalars.DURATION, Duration.ofSeconds(10));
    // whatsapp only: messenger and instagram read them just to say they are not used there
    static final Key<Long> MAX_MEDIA_SIZE = Key.optional("maxMediaSize", Scalars.SIZE, 16L << 20);
    static final Key<Integer> MAX_ATTEMPTS = Key.optional("maxAttempts", Scalars.wholeNumber(1, 100), 5);
    static final Key<String> REPLY_TEMPLATE = Key.optional("replyTemplate", Scalars.text(TEMPLATE_NAME,
            "a message template's name such as complaint_update (lower-case letters, digits and _, as WhatsApp "
                    + "Manager names it)"), null);
    static final Key<String> REPLY_TEMPLATE_LANGUAGE = Key.optional("replyTemplateLanguage", Scalars.text(
            TEMPLATE_LANGUAGE, "a template language code such as en, en_US or it (a region follows an underscore, "
                    + "not a hyphen)"), "en");

    private static final List<Key<?>> MEDIA_ONLY = List.of(MAX_MEDIA_SIZE, MAX_ATTEMPTS);
    private static final List<Key<?>> TEMPLATE_ONLY = List.of(REPLY_TEMPLATE, REPLY_TEMPLATE_LANGUAGE);

    private final MetaPlatform platform;

    MetaChannelType(MetaPlatform platform) {
        super(List.of(APP_SECRET, VERIFY_TOKEN, accessToken(platform), API_URL, MAX_MEDIA_SIZE, TIMEOUT, MAX_ATTEMPTS,
                REPLY_TEMPLATE, REPLY_TEMPLATE_LANGUAGE));
        this.platform = platform;
    }

    /**
     * Whatsapp cannot download a customer's photo or voice note without a token, so it is required there; elsewhere
     * it is the Page access token replies are sent with, and a channel without one only receives.
     */
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
        if (whatsapp) {
            checkWhatsapp(values, cursor);
        } else {
            failWhereWritten(cursor, values, MEDIA_ONLY, key -> "only used by whatsapp channels, which download media "
                    + "from the Graph API; " + platformName() + " attachments arrive as URLs, so this channel "
                    + "downloads none: remove " + key.name());
            failWhereWritten(cursor, values, TEMPLATE_ONLY, key -> "only used by whatsapp channels, where a reply "
                    + "outside the 24-hour customer service window must be an approved message template; remove "
                    + key.name());
        }
        return new MetaChannelConfig(id, platform, path, values.get(APP_SECRET), values.get(VERIFY_TOKEN),
                values.get(ACCESS_TOKEN), values.get(API_URL), values.get(MAX_BODY_SIZE),
                whatsapp ? values.get(MAX_MEDIA_SIZE) : 0, values.get(TIMEOUT), whatsapp ? values.get(MAX_ATTEMPTS) : 0,
                whatsapp ? values.get(REPLY_TEMPLATE) : null, whatsapp ? values.get(REPLY_TEMPLATE_LANGUAGE) : null);
    }

    private static void checkWhatsapp(Values values, Cursor cursor) {
        if (values.get(MAX_MEDIA_SIZE) > CLOUD_API_MEDIA_LIMIT) {
            fail(cursor, values, MAX_MEDIA_SIZE, "must be at most 100MB: the WhatsApp Cloud API accepts no larger "
                    + "media (100MB is its limit for documents)");
        }
        if (values.isWritten(REPLY_TEMPLATE_LANGUAGE) && !values.isWritten(REPLY_TEMPLATE)) {
            fail(cursor, values, REPLY_TEMPLATE_LANGUAGE, "only used with replyTemplate, the template it is the "
                    + "language of; name the template or remove replyTemplateLanguage");
        }
    }

    /** Messenger or Instagram, as the products are called. */
    private String platformName() {
        return platform == MetaPlatform.INSTAGRAM ? "Instagram" : "Messenger";
    }

    private static void failWhereWritten(Cursor cursor, Values values, List<Key<?>> keys,
                                         Function<Key<?>, String> message) {
        for (Key<?> key : keys) {
            if (values.isWritten(key)) {
                fail(cursor, values, key, message.apply(key));
            }
        }
    }

    private static void fail(Cursor cursor, Values values, Key<?> key, String message) {
        cursor.child(key.name()).fail(values.where(key), message);
    }
}
