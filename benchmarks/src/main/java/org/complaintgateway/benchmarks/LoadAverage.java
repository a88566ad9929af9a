package org.complaintgateway.benchmarks;

import java.lang.management.ManagementFactory;

/** The machine's one-minute load average: how busy the two cores were around a run. */
final class LoadAverage {

    private LoadAverage() {
    }

    static double now() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
