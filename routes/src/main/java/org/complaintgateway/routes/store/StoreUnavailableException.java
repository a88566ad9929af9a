package org.complaintgateway.routes.store;

/** The database cannot be reached or refused the operation; callers answer 503 or retry later. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
