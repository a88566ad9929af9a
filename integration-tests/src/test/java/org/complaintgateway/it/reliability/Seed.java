package org.complaintgateway.it.reliability;

import java.util.SplittableRandom;

/**
 * The one seed every random choice of a reliability run (bad input, faults) comes from:
 * {@code -Dreliability.seed=<long>} replays a run exactly, {@code -Dreliability.seed=random} draws a fresh one, and
 * without it the fixed {@link #DEFAULT} is used. Each generator takes its own stream split off by purpose, so that
 * adding inputs of one kind does not change the inputs of another. (A fault run's timing is the machine's: the seed
 * fixes what is done and in which order, not the millisecond it lands in.)
 */
record Seed(long value) {

    static final String PROPERTY = "reliability.seed";

    /** The seed CI runs with, so that a build is the same every time; {@code -Dreliability.seed=random} draws a fresh one. */
    static final long DEFAULT = 1037950796338323694L;

    static Seed fromSystemProperty() {
        String given = System.getProperty(PROPERTY);
        if (given == null || given.isBlank()) {
            return new Seed(DEFAULT);
        }
        return new Seed("random".equals(given.strip()) ? new SplittableRandom().nextLong() : Long.parseLong(given.strip()));
    }

    /** The random stream of one generator: the same {@code purpose} always gets the same stream for this seed. */
    SplittableRandom streamFor(String purpose) {
        return new SplittableRandom(value ^ purpose.hashCode() * 0x9E3779B97F4A7C15L);
    }

    /** What to add to a command line to run exactly this again. */
    String replay() {
        return "-D" + PROPERTY + "=" + value;
    }

    @Override
    public String toString() {
        return "seed " + value + " (replay with " + replay() + ")";
    }
}
