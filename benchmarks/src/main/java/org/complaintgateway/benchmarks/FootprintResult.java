package org.complaintgateway.benchmarks;

import java.util.List;

/**
 * What the footprint benchmark measured of one system.
 *
 * @param startupSeconds launch of its JVM → first 200 from its health endpoint
 * @param idle           its memory after it sat idle, once up
 * @param loaded         its memory once every complaint posted to it had reached its downstream
 * @param delivered      complaints at its downstream when {@code loaded} was read
 * @param command        how it was started
 */
record FootprintResult(SystemKind system, double startupSeconds, ProcessMemory idle, ComplaintPosting posting,
                       long delivered, ProcessMemory loaded, List<String> command) {

    FootprintResult {
        command = List.copyOf(command);
    }

    boolean complete() {
        return delivered >= posting.accepted();
    }
}
