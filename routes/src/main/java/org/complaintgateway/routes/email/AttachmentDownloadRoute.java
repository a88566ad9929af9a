package org.complaintgateway.routes.email;

import org.apache.camel.builder.RouteBuilder;

/** The route that serves attachments sent by link, on the gateway's HTTP server. */
public final class AttachmentDownloadRoute extends RouteBuilder {

    private final AttachmentDownloads downloads;

    public AttachmentDownloadRoute(AttachmentDownloads downloads) {
        this.downloads = downloads;
    }

    @Override
    public void configure() {
        from("platform-http:" + SignedAttachmentLinks.PATH + "?httpMethodRestrict=GET")
                .routeId("attachment-downloads")
                .process(downloads::get);
    }
}
