package org.complaintgateway.routes.replies;

import org.apache.camel.builder.RouteBuilder;

/** The reply API's two routes on the gateway's HTTP server. */
public final class ReplyApiRoutes extends RouteBuilder {

    public static final String REPLIES_PATH = "/api/v1/complaints/{id}/replies";

    private final ReplyApi api;

    public ReplyApiRoutes(ReplyApi api) {
        this.api = api;
    }

    @Override
    public void configure() {
        from("platform-http:" + REPLIES_PATH + "?httpMethodRestrict=POST")
                .routeId("replies-post")
                .process(api::post);
        from("platform-http:" + REPLIES_PATH + "/{replyId}?httpMethodRestrict=GET")
                .routeId("replies-status")
                .process(api::status);
    }
}
