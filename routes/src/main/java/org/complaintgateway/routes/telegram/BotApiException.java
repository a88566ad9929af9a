package org.complaintgateway.routes.telegram;

/** A Bot API call or file download that failed; the message never holds the token. */
public final class BotApiException extends RuntimeException {

    private final boolean permanent;

    BotApiException(String message, boolean permanent) {
        super(message, null, false, false);
        this.permanent = permanent;
    }

    /** Trying again cannot help (the file is too large, the API refuses it for good). */
    public boolean permanent() {
        return permanent;
    }
}
