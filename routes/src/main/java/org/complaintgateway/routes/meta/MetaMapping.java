package org.complaintgateway.routes.meta;

import org.complaintgateway.config.MetaChannelConfig;
import org.complaintgateway.mappings.meta.MetaMapper;
import org.complaintgateway.mappings.meta.MetaMappingSettings;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.routes.pipeline.ChannelMapper;

/** The mapper of one WhatsApp, Messenger or Instagram channel: a pure function of the journaled event. */
public final class MetaMapping {

    private MetaMapping() {
    }

    public static ChannelMapper mapper(MetaChannelConfig channel) {
        MetaMappingSettings settings = settings(channel);
        return entry -> MetaMapper.map(entry.raw(), entry.identity(), settings);
    }

    static MetaMappingSettings settings(MetaChannelConfig channel) {
        ChannelType platform = switch (channel.platform()) {
            case WHATSAPP -> ChannelType.WHATSAPP;
            case MESSENGER -> ChannelType.MESSENGER;
            case INSTAGRAM -> ChannelType.INSTAGRAM;
        };
        return new MetaMappingSettings(channel.id(), platform);
    }
}
