package org.complaintgateway.it.reliability;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How each kind of sender proves a webhook request, and the ways a request fails to: the proof left out, made with
 * another secret, made over other bytes than those sent, written wrongly, or (Slack) made too long ago. A proven
 * request reaches the ledger whatever its body; an unproven one must be refused (401, 403, or 413 when it is too
 * large anyway) and journaled nowhere.
 */
enum SenderProof {

    /** The generic webhook's {@code X-Signature: sha256=<hex HMAC-SHA256 of the body>}. */
    HMAC_HEADER("X-Signature", ChannelYaml.WEBHOOK_SECRET),
    /** Meta's {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body with the app secret>}. */
    META("X-Hub-Signature-256", ChannelYaml.META_APP_SECRET),
    /** Slack's v0 signature over {@code "v0:" + timestamp + ":" + body}, with the timestamp in its own header. */
    SLACK("X-Slack-Signature", ChannelYaml.SLACK_SIGNING_SECRET);

    static final String SLACK_TIMESTAMP = "X-Slack-Request-Timestamp";

    private final String header;
    private final String secret;

    SenderProof(String header, String secret) {
        this.header = header;
        this.secret = secret;
    }

    /** Signs {@code body} as its real sender would, now. */
    void prove(HttpRequest.Builder request, byte[] body) {
        sign(request, body, secret, Instant.now());
    }

    /** Signs wrongly, one of several ways chosen by {@code random}; returns what was done. */
    String proveWrongly(HttpRequest.Builder request, byte[] body, byte[] otherBody, SplittableRandom random) {
        switch (random.nextInt(this == SLACK ? 7 : 5)) {
            case 0 -> {
                return "no proof";
            }
            case 1 -> {
                sign(request, body, "fake-wrong-secret", Instant.now());
                return "signed with another secret";
            }
            case 2 -> {
                // a mutation may leave the bytes as they were: then they would not be other bytes at all
                byte[] other = Arrays.equals(otherBody, body) ? Arrays.copyOf(body, body.length + 1) : otherBody;
                sign(request, other, secret, Instant.now());
                return "signature of other bytes";
            }
            case 3 -> {
                request.header(header, "sha256=" + "0".repeat(64));
                if (this == SLACK) {
                    request.header(SLACK_TIMESTAMP, Long.toString(Instant.now().getEpochSecond()));
                }
                return "a zero signature";
            }
            case 4 -> {
                request.header(header, "not-a-signature");
                if (this == SLACK) {
                    request.header(SLACK_TIMESTAMP, Long.toString(Instant.now().getEpochSecond()));
                }
                return "a malformed signature header";
            }
            case 5 -> {
                sign(request, body, secret, Instant.now().minus(Duration.ofMinutes(6 + random.nextInt(600))));
                return "signed correctly more than 5 minutes ago";
            }
            default -> {
                request.header(SLACK_TIMESTAMP, "yesterday")
                        .header(header, "v0=" + Hmac.hex(secret, "v0:yesterday:".getBytes(StandardCharsets.UTF_8), body));
                return "a timestamp that is no number";
            }
        }
    }

    private void sign(HttpRequest.Builder request, byte[] body, String key, Instant at) {
        if (this == SLACK) {
            String timestamp = Long.toString(at.getEpochSecond());
            request.header(SLACK_TIMESTAMP, timestamp)
                    .header(header, "v0=" + Hmac.hex(key, ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8), body));
        } else {
            request.header(header, "sha256=" + Hmac.hex(key, body));
        }
    }
}
