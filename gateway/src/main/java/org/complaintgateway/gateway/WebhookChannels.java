package org.complaintgateway.gateway;

import java.time.Clock;
import java.util.Optional;
import org.apache.camel.builder.RouteBuilder;
import org.complaintgateway.config.ChannelConfig;
import org.complaintgateway.config.MetaChannelConfig;
import org.complaintgateway.config.SlackChannelConfig;
import org.complaintgateway.config.WebhookChannelConfig;
import org.complaintgateway.routes.inbound.EventJournal;
import org.complaintgateway.routes.inbound.WebhookRoute;
import org.complaintgateway.routes.meta.MetaMapping;
import org.complaintgateway.routes.meta.MetaWebhook;
import org.complaintgateway.routes.pipeline.ChannelMapper;
import org.complaintgateway.routes.pipeline.JournalingIntake;
import org.complaintgateway.routes.slack.SlackMapping;
import org.complaintgateway.routes.slack.SlackWebhook;
import org.complaintgateway.routes.webhook.GenericWebhook;
import org.complaintgateway.routes.webhook.WebhookMapping;

/** The channels the internet posts to (WhatsApp, Messenger, Instagram, Slack, generic webhooks): a mapper and a route each. */
final class WebhookChannels {

    private WebhookChannels() {
    }

    /** The channel's mapper, when it is one of these. */
    static Optional<ChannelMapper> mapper(ChannelConfig channel) {
        if (channel instanceof MetaChannelConfig meta) {
            return Optional.of(MetaMapping.mapper(meta));
        }
        if (channel instanceof SlackChannelConfig slack) {
            return Optional.of(SlackMapping.mapper(slack));
        }
        if (channel instanceof WebhookChannelConfig webhook) {
            return Optional.of(WebhookMapping.mapper(webhook));
        }
        return Optional.empty();
    }

    /** The channel's route on its path, when it is one of these; {@code intake} journals what it is posted. */
    static Optional<RouteBuilder> route(ChannelConfig channel, JournalingIntake intake, Clock clock) {
        Optional<ChannelMapper> mapper = mapper(channel);
        if (mapper.isEmpty()) {
            return Optional.empty();
        }
        EventJournal journal = new EventJournal(channel.id(), channel.type(), intake, mapper.get());
        String routeId = channel.type() + "-" + channel.id() + "-webhook";
        if (channel instanceof MetaChannelConfig meta) {
            return Optional.of(new WebhookRoute(routeId, meta.path(), "GET,POST", new MetaWebhook(meta, journal)));
        }
        if (channel instanceof SlackChannelConfig slack) {
            return Optional.of(new WebhookRoute(routeId, slack.path(), "POST", new SlackWebhook(slack, journal, clock)));
        }
        WebhookChannelConfig webhook = (WebhookChannelConfig) channel;
        return Optional.of(new WebhookRoute(routeId, webhook.path(), "POST", new GenericWebhook(webhook, journal)));
    }

    /** The largest request body the channel accepts, 0 when it takes none of these. */
    static long maxBodyBytes(ChannelConfig channel) {
        if (channel instanceof MetaChannelConfig meta) {
            return meta.maxBodyBytes();
        }
        if (channel instanceof SlackChannelConfig slack) {
            return slack.maxBodyBytes();
        }
        if (channel instanceof WebhookChannelConfig webhook) {
            return webhook.maxBodyBytes();
        }
        return 0;
    }
}
