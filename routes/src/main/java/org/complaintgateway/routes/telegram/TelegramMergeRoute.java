package org.complaintgateway.routes.telegram;

import org.apache.camel.builder.RouteBuilder;

/** Every second, the {@link TelegramMerger} of one Telegram channel ends the merge windows that have passed. */
public final class TelegramMergeRoute extends RouteBuilder {

    private final String channelId;
    private final TelegramMerger merger;

    public TelegramMergeRoute(String channelId, TelegramMerger merger) {
        this.channelId = channelId;
        this.merger = merger;
    }

    @Override
    public void configure() {
        from("timer:telegram-merge-" + channelId + "?period=1000&delay=1000")
                .routeId("telegram-" + channelId + "-merge")
                .process(exchange -> merger.run());
    }
}
