package org.complaintgateway.routes.meta;

/** A Graph API call or media download that failed; the message never holds the access token. */
public final class GraphApiException extends RuntimeException {

    private final boolean permanent;

    GraphApiException(String message, boolean permanent) {
        super(message, null, false, false);
        this.permanent = permanent;
    }

    /** Trying again cannot help (the medium is too large, or gone). */
    public boolean permanent() {
        return permanent;
    }
}
