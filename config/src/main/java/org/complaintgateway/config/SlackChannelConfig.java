package org.complaintgateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A {@code type: slack} channel: a Slack app's Events API subscription, and optionally the bot token replies are
 * posted with.
 *
 * @param id            channel id
 * @param path          the gateway's HTTP path Slack posts events to (the app's Request URL; default /slack/{id})
 * @param signingSecret the app's signing secret: every request must carry its {@code v0=} signature
 * @param channels      ids of Slack channels (C…) whose every message is a complaint; direct messages to the app and
 *                      mentions of it anywhere always are (default: none)
 * @param maxBodyBytes  larger requests are refused with 413 (YAML {@code maxBodySize}, default 1MB)
 * @param botToken      the app's Bot User OAuth Token ({@code xoxb-…}) replies are posted with
 *                      ({@code chat.postMessage}); null: the channel cannot send replies
 * @param apiUrl        the Web API's base URL (default https://slack.com/api; a test server's in tests)
 * @param timeout       connect and answer timeout of each Web API call (default 10s)
 */
public record SlackChannelConfig(String id, String path, Secret signingSecret, List<String> channels,
                                 long maxBodyBytes, Secret botToken, URI apiUrl, Duration timeout)
        implements ChannelConfig {

    public SlackChannelConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(signingSecret, "signingSecret");
        channels = List.copyOf(channels);
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String type() {
        return "slack";
    }
}
