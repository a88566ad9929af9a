package org.complaintgateway.routes.email;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How often each mail of one channel failed before it could be journaled, and why the last time, so that a mail
 * that always fails is quarantined after {@code maxAttempts} instead of being fetched for ever. In memory only: a
 * restart gives every mail its attempts again, which costs polls, never mail. Bounded, oldest forgotten first.
 */
final class FailedAttempts {

    private static final int REMEMBERED = 10_000;

    record Failure(int count, String lastReason) {
    }

    private final Map<String, Failure> failures = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failure> eldest) {
            return size() > REMEMBERED;
        }
    };

    synchronized Optional<Failure> of(String mailKey) {
        return Optional.ofNullable(failures.get(mailKey));
    }

    synchronized Failure failed(String mailKey, String reason) {
        return failures.merge(mailKey, new Failure(1, reason), (old, now) -> new Failure(old.count() + 1, reason));
    }

    synchronized void forget(String mailKey) {
        failures.remove(mailKey);
    }
}
