package org.complaintgateway.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code downstream} section: where complaints go and how delivery retries. With {@code type: local} the
 * HTTP keys ({@code url}, {@code auth}, {@code signingSecret}, {@code timeout}) are still checked but unused.
 */
final class DownstreamSection {
    static final Key<DownstreamType> TYPE = Key.optional("type", Scalars.oneOf(DownstreamType.class), DownstreamType.LOCAL);
    static final Key<URI> URL = Key.optional("url", Scalars.HTTP_URL, null);
    static final Key<DownstreamAuth> AUTH = Key.optional("auth", AuthSection.TYPE, new DownstreamAuth.None());
    static final Key<Secret> SIGNING_SECRET = Key.optional("signingSecret", Scalars.SECRET, null);
    static final Key<Duration> TIMEOUT = Key.optional("timeout", Scalars.DURATION, Duration.ofSeconds(10));
    static final Key<Integer> MAX_ATTEMPTS = Key.optional("maxAttempts", Scalars.wholeNumber(1, 1000), 12);
    static final Key<Duration> MAX_AGE = Key.optional("maxAge", Scalars.DURATION, Duration.ofHours(24));
    static final Key<Duration> INITIAL_BACKOFF = Key.optional("initialBackoff", Scalars.DURATION, Duration.ofSeconds(1));
    static final Key<Duration> MAX_BACKOFF = Key.optional("maxBackoff", Scalars.DURATION, Duration.ofMinutes(10));
    static final Key<Path> DIRECTORY = Key.optional("directory", Scalars.PATH, null);
    static final Key<Integer> CONCURRENCY = Key.optional("concurrency", Scalars.wholeNumber(1, 256), 4);
    static final Key<Long> INLINE_ATTACHMENTS_UP_TO = Key.optional("inlineAttachmentsUpTo", Scalars.SIZE,
            DownstreamSettings.DEFAULT_INLINE_ATTACHMENTS_UP_TO);

    static final Section SECTION = Section.of(TYPE, URL, AUTH, SIGNING_SECRET, TIMEOUT, MAX_ATTEMPTS, MAX_AGE,
            INITIAL_BACKOFF, MAX_BACKOFF, DIRECTORY, CONCURRENCY, INLINE_ATTACHMENTS_UP_TO);

    private DownstreamSection() {
    }

    /** {@code dataDir} gives the default directory, {@code <dataDir>/delivered}. */
    static DownstreamSettings build(Values values, Path dataDir, Cursor cursor) {
        if (values.get(TYPE) == DownstreamType.HTTP && !values.isWritten(URL)) {
            cursor.child(URL.name()).fail(values.where(URL), "required when type is http");
        }
        if (values.complete() && values.get(INITIAL_BACKOFF).compareTo(values.get(MAX_BACKOFF)) > 0) {
            cursor.child(INITIAL_BACKOFF.name()).fail(values.where(INITIAL_BACKOFF), "must not be longer than maxBackoff");
        }
        Path directory = values.isWritten(DIRECTORY) ? values.get(DIRECTORY) : dataDir.resolve("delivered");
        return new DownstreamSettings(values.get(TYPE), values.get(URL), values.get(AUTH), values.get(SIGNING_SECRET),
                values.get(TIMEOUT), values.get(MAX_ATTEMPTS), values.get(MAX_AGE), values.get(INITIAL_BACKOFF),
                values.get(MAX_BACKOFF), directory, values.get(CONCURRENCY), values.get(INLINE_ATTACHMENTS_UP_TO));
    }
}
