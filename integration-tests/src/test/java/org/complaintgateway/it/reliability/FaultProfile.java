package org.complaintgateway.it.reliability;

import java.time.Duration;

/**
 * How hard a fault run pushes: {@link #SHORT} runs in CI on every build, {@link #LONG} on demand
 * ({@code -Dfaults.profile=long}). Both inject every kind of fault; the long one kills more often, sends more,
 * restarts the mail server more often and runs longer.
 *
 * @param kills            SIGKILLs of the gateway, each followed by a restart
 * @param killGapMin       the least time between a restart and the next kill
 * @param killGapMax       the most time between a restart and the next kill (before it waits for its stage)
 * @param inputEvery       a new input (on a channel drawn from the seed) this often
 * @param downstreamOutageAt when, after the start, the downstream goes away entirely
 * @param downstreamOutage how long it stays away
 * @param storeOutage      how long PostgreSQL is stopped (PostgreSQL runs only) while webhooks keep arriving
 * @param mailServerRestarts times the IMAP server is stopped and started again
 * @param forwardedWithin  the bound on catching up once the faults end: every input forwarded by then. A long run
 *                         ends with a backlog of thousands, retried at up to {@code maxBackoff} and claimed by the
 *                         outbox sweeper 200 a second
 */
record FaultProfile(String name, int kills, Duration killGapMin, Duration killGapMax, Duration inputEvery,
                    Duration downstreamOutageAt, Duration downstreamOutage, Duration storeOutage, int mailServerRestarts,
                    Duration forwardedWithin) {

    static final String PROPERTY = "faults.profile";

    static final FaultProfile SHORT = new FaultProfile("short", 20, Duration.ofMillis(300), Duration.ofSeconds(2),
            Duration.ofMillis(200), Duration.ofSeconds(15), Duration.ofSeconds(60), Duration.ofSeconds(30), 2,
            Duration.ofSeconds(180));
    static final FaultProfile LONG = new FaultProfile("long", 100, Duration.ofMillis(500), Duration.ofSeconds(8),
            Duration.ofMillis(80), Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(30), 10,
            Duration.ofSeconds(600));

    static FaultProfile fromSystemProperty() {
        String given = System.getProperty(PROPERTY, "short").strip();
        return switch (given) {
            case "short" -> SHORT;
            case "long" -> LONG;
            default -> throw new IllegalArgumentException("-D" + PROPERTY + " is 'short' or 'long', not '" + given + "'");
        };
    }
}
