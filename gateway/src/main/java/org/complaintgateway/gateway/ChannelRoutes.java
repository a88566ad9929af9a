package org.complaintgateway.gateway;

import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.complaintgateway.config.ChannelConfig;
import org.complaintgateway.config.WebformChannelConfig;
import org.complaintgateway.routes.webform.WebformRouteTemplates;

/** One templated route per configured channel (and per face of it), with stable route ids. */
final class ChannelRoutes extends RouteBuilder {

    private final List<ChannelConfig> channels;

    ChannelRoutes(List<ChannelConfig> channels) {
        this.channels = channels;
    }

    @Override
    public void configure() {
        for (ChannelConfig channel : channels) {
            if (channel instanceof WebformChannelConfig web) {
                templatedRoute(WebformRouteTemplates.PAGE_TEMPLATE)
                        .routeId("webform-" + web.id() + "-page")
                        .parameter("channelId", web.id())
                        .parameter("path", web.path());
                templatedRoute(WebformRouteTemplates.API_TEMPLATE)
                        .routeId("webform-" + web.id() + "-api")
                        .parameter("channelId", web.id())
                        .parameter("apiPath", web.apiPath());
            }
        }
    }
}
