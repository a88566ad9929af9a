package org.complaintgateway.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code downstream} section: where complaints are delivered.
 *
 * @param type           {@code http} (POST to {@code url}) or {@code local} (JSON files under {@code directory})
 * @param url            the downstream endpoint, required for {@code http} (checked but unused for {@code local})
 * @param auth           how to authenticate to it (default none)
 * @param signingSecret  HMAC-SHA256 key for the signature header, may be null (then no signature)
 * @param timeout        connect and response timeout of one attempt (default 10s)
 * @param maxAttempts    attempts before a retryable failure becomes a dead letter (default 12)
 * @param maxAge         age after which a retryable failure becomes a dead letter (default 24h)
 * @param initialBackoff first retry delay, doubled each attempt with jitter (default 1s)
 * @param maxBackoff     longest retry delay (default 10m)
 * @param directory      where {@code local} writes complaints (default {@code <gateway.dataDir>/delivered})
 * @param concurrency    deliveries in parallel (default 4)
 * @param inlineAttachmentsUpTo largest e-mail attachment sent inline (default 1MB); a larger one goes as a signed
 *                       link to the gateway, when {@code type} is http and there is a {@code signingSecret}
 */
public record DownstreamSettings(DownstreamType type, URI url, DownstreamAuth auth, Secret signingSecret,
                                 Duration timeout, int maxAttempts, Duration maxAge, Duration initialBackoff,
                                 Duration maxBackoff, Path directory, int concurrency, long inlineAttachmentsUpTo) {

    /** 1 MB: nginx's default request limit is 1 MB, and base64 makes a file a third larger. */
    static final long DEFAULT_INLINE_ATTACHMENTS_UP_TO = 1L << 20;

    /** Whether attachments over {@code inlineAttachmentsUpTo} go by link: only to an HTTP downstream that can be given signed links. */
    public boolean linksAttachments() {
        return type == DownstreamType.HTTP && signingSecret != null;
    }
}
