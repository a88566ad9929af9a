package org.complaintgateway.routes.store;

import java.time.Instant;

/** A message kept with its raw bytes because it could not become a complaint, and why; replayable once fixed. */
public record QuarantinedMessage(String id, String protocolNumber, String channelId, String contentType, String reason,
                                 Instant quarantinedAt) {

    /**
     * The content type of a message journaled with its header only (a mail over the size limit, whose body stayed
     * on the mail server): there is nothing to map again.
     */
    public static final String HEADER_ONLY = "text/rfc822-headers";

    public boolean replayable() {
        return !HEADER_ONLY.equals(contentType);
    }
}
