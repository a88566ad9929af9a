package org.complaintgateway.routes.inbound;

import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/** The route of one webhook channel: its path and methods, answered by the channel's processor. */
public final class WebhookRoute extends RouteBuilder {

    private final String routeId;
    private final String path;
    private final String methods;
    private final Processor webhook;

    /** @param methods the HTTP methods served, comma separated, e.g. {@code GET,POST} */
    public WebhookRoute(String routeId, String path, String methods, Processor webhook) {
        this.routeId = routeId;
        this.path = path;
        this.methods = methods;
        this.webhook = webhook;
    }

    @Override
    public void configure() {
        from("platform-http:" + path + "?httpMethodRestrict=" + methods)
                .routeId(routeId)
                .process(webhook);
    }
}
