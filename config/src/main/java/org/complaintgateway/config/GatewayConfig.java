package org.complaintgateway.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole configuration file, validated and with secrets resolved (they print masked).
 *
 * @param demoMailbox the embedded demo mail server, or null when the file has no {@code demoMailbox} section
 */
public record GatewayConfig(Path file, GatewaySettings gateway, StoreSettings store,
                            DownstreamSettings downstream, List<ChannelConfig> channels,
                            DemoMailboxSettings demoMailbox) {
    public GatewayConfig {
        channels = List.copyOf(channels);
    }
}
