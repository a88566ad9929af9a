package org.complaintgateway.config;

/** One configured channel; each channel type has its own record. */
public sealed interface ChannelConfig permits EmailChannelConfig, MetaChannelConfig, SlackChannelConfig, TelegramChannelConfig,
        WebformChannelConfig, WebhookChannelConfig {
    /** Unique id of the channel, chosen by the admin. */
    String id();

    /** The type as written in YAML, e.g. {@code webform}. */
    String type();
}
