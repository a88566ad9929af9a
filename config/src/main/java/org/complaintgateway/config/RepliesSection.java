package org.complaintgateway.config;

import java.net.URI;
import java.time.Duration;

/**
 * The optional {@code replies} section: the reply API the downstream answers customers through, and how the
 * gateway retries sending those answers on each complaint's own channel.
 */
final class RepliesSection {
    static final Key<ReplyApiAuth> AUTH = Key.required("auth", ReplyApiAuthSection.TYPE);
    static final Key<Integer> MAX_ATTEMPTS = Key.optional("maxAttempts", Scalars.wholeNumber(1, 100), 8);
    static final Key<Duration> INITIAL_BACKOFF = Key.optional("initialBackoff", Scalars.DURATION, Duration.ofSeconds(2));
    static final Key<Duration> MAX_BACKOFF = Key.optional("maxBackoff", Scalars.DURATION, Duration.ofMinutes(5));
    static final Key<URI> CALLBACK_URL = Key.optional("callbackUrl", Scalars.HTTP_URL, null);

    static final Section SECTION = Section.of(AUTH, MAX_ATTEMPTS, INITIAL_BACKOFF, MAX_BACKOFF, CALLBACK_URL);

    private RepliesSection() {
    }

    /** {@code downstream} is the {@code downstream} section, whose signing secret signs the status callbacks. */
    static RepliesSettings build(Values values, Values downstream, Cursor cursor) {
        // compared even when auth is wrong, so both problems show in one run; never against a stand-in value
        if (!values.isWrong(INITIAL_BACKOFF) && !values.isWrong(MAX_BACKOFF)
                && values.get(INITIAL_BACKOFF).compareTo(values.get(MAX_BACKOFF)) > 0) {
            cursor.child(INITIAL_BACKOFF.name()).fail(values.where(INITIAL_BACKOFF), "must not be longer than maxBackoff");
        }
        // isWritten, not a resolved value: a signing secret that failed to resolve is reported once, where it is
        if (values.isWritten(CALLBACK_URL) && !downstream.isWritten(DownstreamSection.SIGNING_SECRET)) {
            cursor.child(CALLBACK_URL.name()).fail(values.where(CALLBACK_URL), "needs downstream.signingSecret: each "
                    + "status callback is signed with it, as deliveries are, so the downstream can tell it came from "
                    + "the gateway; set downstream.signingSecret or remove callbackUrl");
        }
        if (!values.complete()) {
            return null; // the auth it needs is missing or wrong, and that was reported
        }
        return new RepliesSettings(values.get(AUTH), values.get(MAX_ATTEMPTS), values.get(INITIAL_BACKOFF),
                values.get(MAX_BACKOFF), values.get(CALLBACK_URL));
    }
}
