package org.complaintgateway.routes.webform;

import org.apache.camel.builder.RouteBuilder;

/**
 * The route templates of the {@code webform} channel type: one route for the HTML form, one for the
 * JSON API, each calling the channel's {@link WebformEndpoint} bound in the registry as
 * {@code webform-<channelId>}.
 */
public final class WebformRouteTemplates extends RouteBuilder {

    public static final String PAGE_TEMPLATE = "webform-page";
    public static final String API_TEMPLATE = "webform-api";

    public static String endpointBeanName(String channelId) {
        return "webform-" + channelId;
    }

    @Override
    public void configure() {
        routeTemplate(PAGE_TEMPLATE)
                .templateParameter("channelId")
                .templateParameter("path")
                .from("platform-http:{{path}}?httpMethodRestrict=GET,POST")
                .to("bean:webform-{{channelId}}?method=page");

        routeTemplate(API_TEMPLATE)
                .templateParameter("channelId")
                .templateParameter("apiPath")
                .from("platform-http:{{apiPath}}?httpMethodRestrict=POST")
                .to("bean:webform-{{channelId}}?method=api");
    }
}
