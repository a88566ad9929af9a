package org.complaintgateway.routes.slack;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.complaintgateway.config.SlackChannelConfig;
import org.complaintgateway.mappings.slack.SlackRequest;
import org.complaintgateway.mappings.slack.SlackRequests;
import org.complaintgateway.routes.inbound.EventJournal;
import org.complaintgateway.routes.inbound.HmacSha256;
import org.complaintgateway.routes.inbound.JsonAnswer;
import org.complaintgateway.routes.inbound.RequestBody;

/**
 * The Request URL of one Slack app's Events API subscription (https://api.slack.com/authentication/verifying-requests-from-slack).
 * Every request is signed: {@code X-Slack-Signature: v0=<hex HMAC-SHA256 of "v0:" + X-Slack-Request-Timestamp + ":" +
 * raw body, with the signing secret>}, checked over the bytes as received, in constant time; a timestamp more than five
 * minutes from our clock is refused too, so that a captured request cannot be replayed later. 401 without either
 * header, 403 when they do not hold, and nothing is journaled. The {@code url_verification} handshake is answered with
 * its challenge; every event is journaled before the 200, and Slack's retries ({@code X-Slack-Retry-Num}) of an event
 * are recorded as DUPLICATEs.
 */
public final class SlackWebhook implements Processor {

    static final String SIGNATURE_HEADER = "X-Slack-Signature";
    static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    /** Slack's own advice: refuse requests whose timestamp is further than this from now. */
    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final String VERSION = "v0";

    private final SlackChannelConfig channel;
    private final EventJournal journal;
    private final Clock clock;

    public SlackWebhook(SlackChannelConfig channel, EventJournal journal, Clock clock) {
        this.channel = channel;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        String signature = in.getHeader(SIGNATURE_HEADER, String.class);
        String timestamp = in.getHeader(TIMESTAMP_HEADER, String.class);
        in.removeHeaders("X-Slack-*");
        Optional<byte[]> read = RequestBody.read(in, channel.maxBodyBytes());
        if (read.isEmpty()) {
            return;
        }
        byte[] body = read.get();
        if (signature == null || timestamp == null) {
            JsonAnswer.error(in, 401, "missing " + (signature == null ? SIGNATURE_HEADER : TIMESTAMP_HEADER));
            return;
        }
        Optional<String> refused = refusal(signature, timestamp, body);
        if (refused.isPresent()) {
            JsonAnswer.error(in, 403, refused.get());
            return;
        }
        SlackRequest request = SlackRequests.read(body);
        if (request instanceof SlackRequest.UrlVerification verification) {
            JsonAnswer.answer(in, 200, Map.of("challenge", verification.challenge()));
        } else if (request instanceof SlackRequest.Event event) {
            journal.journalAndAnswer(in, List.of(event.event()));
        }
    }

    private Optional<String> refusal(String signature, String timestamp, byte[] body) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Optional.of(TIMESTAMP_HEADER + " is not a number of seconds");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (age.compareTo(MAX_SKEW) > 0) {
            return Optional.of(TIMESTAMP_HEADER + " is more than 5 minutes from now: a stale or replayed request");
        }
        String prefix = VERSION + "=";
        byte[] expected = HmacSha256.of(channel.signingSecret().reveal(),
                (VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8), body);
        if (!signature.startsWith(prefix) || !HmacSha256.matchesHex(signature.substring(prefix.length()), expected)) {
            return Optional.of(SIGNATURE_HEADER + " does not match the body and the signing secret");
        }
        return Optional.empty();
    }
}
