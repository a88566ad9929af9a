package org.complaintgateway.config;

import java.nio.file.Path;
import java.util.List;

/** The whole configuration file, validated and with secrets resolved (they print masked). */
public record GatewayConfig(Path file, GatewaySettings gateway, StoreSettings store,
                            DownstreamSettings downstream, List<ChannelConfig> channels) {
    public GatewayConfig {
        channels = List.copyOf(channels);
    }
}
