package org.complaintgateway.it.telegram;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Failures the test asked for, each answered instead of one coming method call: of any method, or of one method only
 * (a gateway long-polls all the time, so "the next call" alone would rarely hit its sendMessage).
 */
final class InjectedFaults {

    private static final String ANY_METHOD = "";

    private record Fault(String method, BotApiError error) {
    }

    private final List<Fault> pending = new ArrayList<>();

    void add(int count, BotApiError error) {
        add(ANY_METHOD, count, error);
    }

    synchronized void add(String method, int count, BotApiError error) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        for (int i = 0; i < count; i++) {
            pending.add(new Fault(method.toLowerCase(Locale.ROOT), error));
        }
    }

    /** The first fault for {@code method} (lower case) or for any method, taken: it answers this call only. */
    synchronized Optional<BotApiError> takeFor(String method) {
        for (Iterator<Fault> faults = pending.iterator(); faults.hasNext(); ) {
            Fault fault = faults.next();
            if (fault.method().equals(ANY_METHOD) || fault.method().equals(method)) {
                faults.remove();
                return Optional.of(fault.error());
            }
        }
        return Optional.empty();
    }
}
