package org.complaintgateway.routes.pipeline;

import java.util.function.Supplier;
import org.complaintgateway.routes.store.StoreUnavailableException;

/**
 * For mappers that ask the store (threading lookups) and turn every exception into a quarantine: remembers the first
 * store failure of one mapping, so the caller can rethrow it afterwards. A store that could not be asked is not the
 * message's fault: the message is mapped again once the store is back, never quarantined for it.
 */
public final class StoreFailureCatcher {

    private StoreUnavailableException failure;

    /** Asks the store; a failure is remembered, and thrown on, for the mapper to give up. */
    public <T> T ask(Supplier<T> question) {
        try {
            return question.get();
        } catch (StoreUnavailableException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    /** Throws the store failure met while mapping, if there was one. */
    public void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }
}
