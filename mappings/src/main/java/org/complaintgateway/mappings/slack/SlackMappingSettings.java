package org.complaintgateway.mappings.slack;

import java.util.Objects;
import java.util.Set;

/**
 * What the Slack mapper needs from the channel's configuration: the channel id, and the Slack channels (C…) whose
 * every message is a complaint. Direct messages to the app and mentions of it are complaints wherever they are.
 */
public record SlackMappingSettings(String channelId, Set<String> watchedChannels) {

    public SlackMappingSettings {
        Objects.requireNonNull(channelId, "channelId");
        watchedChannels = watchedChannels == null ? Set.of() : Set.copyOf(watchedChannels);
    }

    boolean watches(String channel) {
        return watchedChannels.contains(channel);
    }
}
