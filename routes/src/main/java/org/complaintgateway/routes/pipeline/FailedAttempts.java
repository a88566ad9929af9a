package org.complaintgateway.routes.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How often each message of one polling channel (a mail, a Telegram update) failed before it could be journaled, and
 * why the last time, so that a message that always fails is quarantined after {@code maxAttempts} instead of being
 * fetched for ever. In memory only: a restart gives every message its attempts again, which costs polls, never
 * messages. Bounded, oldest forgotten first.
 */
public final class FailedAttempts {

    private static final int REMEMBERED = 10_000;

    public record Failure(int count, String lastReason) {
    }

    private final Map<String, Failure> failures = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failure> eldest) {
            return size() > REMEMBERED;
        }
    };

    public synchronized Optional<Failure> of(String key) {
        return Optional.ofNullable(failures.get(key));
    }

    public synchronized Failure failed(String key, String reason) {
        return failures.merge(key, new Failure(1, reason), (old, now) -> new Failure(old.count() + 1, reason));
    }

    public synchronized void forget(String key) {
        failures.remove(key);
    }

    /** Whether nothing has failed lately (or everything that did has since succeeded). */
    public synchronized boolean none() {
        return failures.isEmpty();
    }
}
