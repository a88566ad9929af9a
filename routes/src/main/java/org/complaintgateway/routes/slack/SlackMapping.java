package org.complaintgateway.routes.slack;

import java.util.Set;
import org.complaintgateway.config.SlackChannelConfig;
import org.complaintgateway.mappings.slack.SlackMapper;
import org.complaintgateway.mappings.slack.SlackMappingSettings;
import org.complaintgateway.routes.pipeline.ChannelMapper;

/** The mapper of one Slack channel: a pure function of the journaled event. */
public final class SlackMapping {

    private SlackMapping() {
    }

    public static ChannelMapper mapper(SlackChannelConfig channel) {
        SlackMappingSettings settings = new SlackMappingSettings(channel.id(), Set.copyOf(channel.channels()));
        return entry -> SlackMapper.map(entry.raw(), entry.identity(), settings);
    }
}
