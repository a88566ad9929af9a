package org.complaintgateway.config;

import java.time.Duration;
import java.util.List;

/** {@code type: webform}: the HTML complaint form and its JSON API. */
final class WebformChannelType implements ChannelType {
    static final Key<String> PATH = Key.optional("path", Scalars.URL_PATH, "/");
    static final Key<String> API_PATH = Key.optional("apiPath", Scalars.URL_PATH, "/api/v1/complaints");
    static final Key<List<String>> LANGUAGES = Key.optional("languages",
            Scalars.nonEmptyListOf(Scalars.LANGUAGE, "a non-empty list of language codes"), List.of("en", "it"));
    static final Key<String> DEFAULT_LANGUAGE = Key.optional("defaultLanguage", Scalars.LANGUAGE, "en");
    static final Key<Long> MAX_BODY_SIZE = Key.optional("maxBodySize", Scalars.SIZE, 10L << 20);
    static final Key<Long> MAX_ATTACHMENT_SIZE = Key.optional("maxAttachmentSize", Scalars.SIZE, 5L << 20);
    static final Key<Duration> MIN_FILL_TIME = Key.optional("minFillTime", Scalars.DURATION_OR_ZERO, Duration.ofSeconds(3));
    static final Key<RateLimit> PER_IP = Key.optional("perIp", RateLimitSection.TYPE, new RateLimit(20, Duration.ofMinutes(1)));
    static final Key<RateLimit> PER_SENDER = Key.optional("perSender", RateLimitSection.TYPE,
            new RateLimit(5, Duration.ofMinutes(1)));

    /** The languages the form's texts are translated into (routes' webform/messages_*.properties). */
    static final List<String> TRANSLATED = List.of("en", "it");

    private static final Section SECTION = Section.of(PATH, API_PATH, LANGUAGES, DEFAULT_LANGUAGE, MAX_BODY_SIZE,
            MAX_ATTACHMENT_SIZE, MIN_FILL_TIME, PER_IP, PER_SENDER);

    @Override
    public String name() {
        return "webform";
    }

    @Override
    public Section section() {
        return SECTION;
    }

    @Override
    public List<Key<String>> httpPaths() {
        return List.of(PATH, API_PATH);
    }

    @Override
    public ChannelConfig build(String id, Values values, Cursor cursor) {
        List<String> untranslated = values.get(LANGUAGES).stream().filter(l -> !TRANSLATED.contains(l)).toList();
        if (!untranslated.isEmpty()) {
            cursor.child(LANGUAGES.name()).fail(values.where(LANGUAGES),
                    "the form is translated into " + String.join(", ", TRANSLATED) + " only, not " + String.join(", ", untranslated));
        }
        if (!values.get(LANGUAGES).contains(values.get(DEFAULT_LANGUAGE))) {
            cursor.child(DEFAULT_LANGUAGE.name()).fail(values.where(DEFAULT_LANGUAGE),
                    "'" + values.get(DEFAULT_LANGUAGE) + "' is not one of languages " + values.get(LANGUAGES));
        }
        if (values.get(MAX_ATTACHMENT_SIZE) > values.get(MAX_BODY_SIZE)) {
            cursor.child(MAX_ATTACHMENT_SIZE.name()).fail(values.where(MAX_ATTACHMENT_SIZE),
                    "must not be larger than maxBodySize: an attachment travels inside the body");
        }
        return new WebformChannelConfig(id, values.get(PATH), values.get(API_PATH), values.get(LANGUAGES),
                values.get(DEFAULT_LANGUAGE), values.get(MAX_BODY_SIZE), values.get(MAX_ATTACHMENT_SIZE),
                values.get(MIN_FILL_TIME), values.get(PER_IP), values.get(PER_SENDER));
    }
}
