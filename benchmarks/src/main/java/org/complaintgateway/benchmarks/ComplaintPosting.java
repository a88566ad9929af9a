package org.complaintgateway.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Posts complaints until a system has accepted a given number, through the ingestion benchmark's
 * {@link LoadGenerator} (closed loop, polite on 503 and 429): a refused complaint is not retried but replaced by a
 * new one, so the system ends up holding exactly the number asked for.
 *
 * @param accepted complaints answered 202 with an id
 * @param refused  answers other than that, and requests that failed
 * @param seconds  from the first request to the last answer
 */
record ComplaintPosting(long accepted, long refused, double seconds) {

    /** @throws IllegalStateException if {@code complaints} were not accepted within {@code timeout} */
    static ComplaintPosting post(URI apiUrl, int complaints, int clients, String tag, Duration timeout)
            throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long accepted = 0;
        long refused = 0;
        for (int round = 0; accepted < complaints && System.nanoTime() < deadline; round++) {
            List<Sample> samples = new LoadGenerator(apiUrl, tag + "-" + round)
                    .run(clients, 0, deadline, complaints - accepted);
            long acceptedNow = samples.stream().filter(Sample::accepted).count();
            accepted += acceptedNow;
            refused += samples.size() - acceptedNow;
        }
        if (accepted < complaints) {
            throw new IllegalStateException(apiUrl + " accepted " + accepted + " of " + complaints + " complaints ("
                    + refused + " refused) within " + timeout);
        }
        return new ComplaintPosting(accepted, refused, (System.nanoTime() - started) / 1e9);
    }
}
