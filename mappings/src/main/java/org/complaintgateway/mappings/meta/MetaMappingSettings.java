package org.complaintgateway.mappings.meta;

import java.util.Map;
import java.util.Objects;
import org.complaintgateway.mappings.model.ChannelType;

/**
 * What the Meta mappers need from the channel's configuration: its id and which product's webhook it receives
 * (WHATSAPP, MESSENGER or INSTAGRAM). One Meta app may send all three to different paths; the platform tells a
 * delivery that came to the wrong one.
 */
public record MetaMappingSettings(String channelId, ChannelType platform) {

    // The "object" field Meta puts at the top of every delivery of each product.
    private static final Map<ChannelType, String> DELIVERY_OBJECTS = Map.of(
            ChannelType.WHATSAPP, "whatsapp_business_account",
            ChannelType.MESSENGER, "page",
            ChannelType.INSTAGRAM, "instagram");

    public MetaMappingSettings {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(platform, "platform");
        if (!DELIVERY_OBJECTS.containsKey(platform)) {
            throw new IllegalArgumentException("platform must be WHATSAPP, MESSENGER or INSTAGRAM, not " + platform);
        }
    }

    /** The delivery {@code object} this channel's platform sends: whatsapp_business_account, page or instagram. */
    String deliveryObject() {
        return DELIVERY_OBJECTS.get(platform);
    }
}
