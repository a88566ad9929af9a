package org.complaintgateway.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's resident memory as Linux counts it, from {@code /proc/<pid>/status}: what the machine really gives the
 * JVM (heap actually touched, metaspace, code cache, thread stacks, mapped jars), which no JVM-internal figure covers.
 *
 * @param residentKb {@code VmRSS}: resident now
 * @param peakKb     {@code VmHWM}: the most it was resident at any moment so far
 */
record ProcessMemory(long residentKb, long peakKb) {

    static ProcessMemory of(long pid) {
        String status;
        try {
            status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the memory of process " + pid + " (Linux only)", e);
        }
        return new ProcessMemory(kilobytes(status, "VmRSS:"), kilobytes(status, "VmHWM:"));
    }

    /** The line reads {@code VmRSS:\t  123456 kB}. */
    private static long kilobytes(String status, String field) {
        return status.lines()
                .filter(line -> line.startsWith(field))
                .map(line -> line.substring(field.length()).replace("kB", "").trim())
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + field + " in /proc/<pid>/status"));
    }

    double residentMb() {
        return residentKb / 1024.0;
    }

    double peakMb() {
        return peakKb / 1024.0;
    }
}
