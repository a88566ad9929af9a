package org.complaintgateway.routes.webhook;

import org.complaintgateway.config.WebhookChannelConfig;
import org.complaintgateway.config.WebhookFields;
import org.complaintgateway.mappings.webhook.WebhookMapper;
import org.complaintgateway.mappings.webhook.WebhookMappingSettings;
import org.complaintgateway.routes.pipeline.ChannelMapper;

/** The mapper of one generic webhook channel: its fields' JSON Pointers over the journaled body. */
public final class WebhookMapping {

    private WebhookMapping() {
    }

    public static ChannelMapper mapper(WebhookChannelConfig channel) {
        WebhookMappingSettings settings = settings(channel);
        return entry -> WebhookMapper.map(entry.raw(), entry.identity(), settings);
    }

    static WebhookMappingSettings settings(WebhookChannelConfig channel) {
        WebhookFields fields = channel.fields();
        return new WebhookMappingSettings(channel.id(), fields.externalId(), fields.text(), fields.customerName(),
                fields.email(), fields.phone(), fields.subject(), fields.replyTo());
    }
}
