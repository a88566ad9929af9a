package org.complaintgateway.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole configuration file, validated and with secrets resolved (they print masked).
 *
 * @param demoMailbox the embedded demo mail server, or null when the file has no {@code demoMailbox} section
 * @param replies     the reply API and outbound sending, or null when the file has no {@code replies} section (off)
 * @param acknowledgments automatic acknowledgments, or null when the file has no {@code acknowledgments} section
 */
public record GatewayConfig(Path file, GatewaySettings gateway, StoreSettings store,
                            DownstreamSettings downstream, List<ChannelConfig> channels,
                            DemoMailboxSettings demoMailbox, RepliesSettings replies,
                            AcknowledgmentSettings acknowledgments) {
    public GatewayConfig {
        channels = List.copyOf(channels);
    }
}
