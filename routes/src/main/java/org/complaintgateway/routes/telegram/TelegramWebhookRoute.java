package org.complaintgateway.routes.telegram;

import org.apache.camel.builder.RouteBuilder;

/** The webhook route of one Telegram channel: POST on its path, answered by {@link TelegramWebhook}. */
public final class TelegramWebhookRoute extends RouteBuilder {

    private final String channelId;
    private final String path;
    private final TelegramWebhook webhook;

    public TelegramWebhookRoute(String channelId, String path, TelegramWebhook webhook) {
        this.channelId = channelId;
        this.path = path;
        this.webhook = webhook;
    }

    @Override
    public void configure() {
        from("platform-http:" + path + "?httpMethodRestrict=POST")
                .routeId("telegram-" + channelId + "-webhook")
                .process(webhook::receive);
    }
}
