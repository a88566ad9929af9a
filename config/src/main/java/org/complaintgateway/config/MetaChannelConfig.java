package org.complaintgateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@code type: whatsapp}, {@code messenger} or {@code instagram} channel: a Meta app's webhook, signed with the app
 * secret ({@code X-Hub-Signature-256}) and subscribed to with a verify token, and the Graph API replies are sent
 * through.
 *
 * @param id                    channel id
 * @param platform              which product's webhook this is
 * @param path                  the gateway's HTTP path Meta calls (default /{type}/{id}): GET for the subscription
 *                              check, POST for events
 * @param appSecret             the Meta app's secret: every event must carry its HMAC-SHA256 over the raw body
 * @param verifyToken           the token the admin typed into the app's webhook settings; the subscription check is
 *                              answered only when it comes back
 * @param accessToken           the Graph API bearer token. Whatsapp (required): media are downloaded and replies sent
 *                              with it. Messenger and instagram: the Page access token the Send API needs; null when
 *                              not written, and then the channel cannot send replies
 * @param apiUrl                the Graph API's base URL, with its version (default
 *                              https://graph.facebook.com/v21.0; a test server's in tests), on every platform
 * @param maxBodyBytes          larger requests are refused with 413 (YAML {@code maxBodySize}, default 1MB)
 * @param maxMediaBytes         whatsapp: larger media are not downloaded, and the complaint says so (YAML
 *                              {@code maxMediaSize}, default 16MB); else 0
 * @param timeout               connect and answer timeout of each Graph API call (default 10s), on every platform
 * @param maxAttempts           whatsapp: deliveries of an event whose media keep failing before it is journaled
 *                              without them (default 5); else 0
 * @param replyTemplate         whatsapp: the name of an approved message template sent instead of the reply's text
 *                              outside the 24-hour customer service window, with the protocol number as its one body
 *                              parameter; null when not written (such replies then fail), and always null elsewhere
 * @param replyTemplateLanguage whatsapp: the template's language code, such as {@code en_US} or {@code it} (default
 *                              {@code en}); else null
 */
public record MetaChannelConfig(String id, MetaPlatform platform, String path, Secret appSecret, Secret verifyToken,
                                Secret accessToken, URI apiUrl, long maxBodyBytes, long maxMediaBytes,
                                Duration timeout, int maxAttempts, String replyTemplate,
                                String replyTemplateLanguage) implements ChannelConfig {

    public MetaChannelConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(appSecret, "appSecret");
        Objects.requireNonNull(verifyToken, "verifyToken");
    }

    @Override
    public String type() {
        return platform.yamlName();
    }
}
