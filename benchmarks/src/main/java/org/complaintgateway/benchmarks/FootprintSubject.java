package org.complaintgateway.benchmarks;

import java.net.URI;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * One system under the footprint benchmark, running in its child JVM: where to post complaints, where its health is,
 * how many complaints have reached its downstream so far, and the command that started it.
 */
record FootprintSubject(SystemKind system, ChildJvm jvm, URI apiUrl, URI healthUrl, LongSupplier delivered,
                        List<String> command) implements AutoCloseable {

    FootprintSubject {
        command = List.copyOf(command);
    }

    @Override
    public void close() throws InterruptedException {
        jvm.close();
    }
}
