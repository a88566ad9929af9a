package org.complaintgateway.routes.telegram;

import java.time.Duration;

/** Doubling waits after consecutive failures, from one second up to a ceiling; a success starts over. */
final class Backoff {

    private static final Duration FIRST = Duration.ofSeconds(1);

    private final Duration ceiling;
    private Duration next = FIRST;

    Backoff(Duration ceiling) {
        this.ceiling = ceiling;
    }

    /** The wait before the next try; at least {@code floor} (a server's retry_after). */
    Duration failed(Duration floor) {
        Duration wait = next.compareTo(floor) >= 0 ? next : floor;
        next = next.multipliedBy(2).compareTo(ceiling) > 0 ? ceiling : next.multipliedBy(2);
        return wait;
    }

    void succeeded() {
        next = FIRST;
    }
}
