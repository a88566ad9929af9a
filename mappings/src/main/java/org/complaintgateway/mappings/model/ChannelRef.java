package org.complaintgateway.mappings.model;

import java.util.Objects;

/** Where a complaint came from: the channel type, the configured channel id and the source's own key. */
public record ChannelRef(ChannelType type, String id, String externalId, String threadKey) {
    public ChannelRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(externalId, "externalId");
    }
}
