package org.complaintgateway.benchmarks;

/**
 * One request of the load generator: when it was sent and answered ({@link System#nanoTime}), the
 * HTTP status ({@link #FAILED} when no answer came) and the {@code id} of a 202 answer (else null).
 */
record Sample(long sentAt, long answeredAt, int status, String id) {

    static final int FAILED = -1;

    boolean accepted() {
        return status == 202 && id != null;
    }
}
