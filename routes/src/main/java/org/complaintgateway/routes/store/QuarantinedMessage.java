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
        return replayable(contentType);
    }

    /** Whether a message journaled as {@code contentType} kept its whole raw bytes, so mapping it again means something. */
    public static boolean replayable(String contentType) {
        return !HEADER_ONLY.equals(contentType);
    }
}
