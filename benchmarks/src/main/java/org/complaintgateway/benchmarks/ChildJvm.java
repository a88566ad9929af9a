package org.complaintgateway.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A system measured in a JVM of its own, so that its resident memory is its own: started with the JVM flags every
 * system gets, its output in a log file, timed from the moment it was launched until its health endpoint says UP.
 */
final class ChildJvm implements AutoCloseable {

    private static final Duration POLL_EVERY = Duration.ofMillis(10);

    private final Process process;
    private final long launchedAt;
    private final Path log;

    private ChildJvm(Process process, long launchedAt, Path log) {
        this.process = process;
        this.launchedAt = launchedAt;
        this.log = log;
    }

    /** {@code java <jvmFlags> <mainArgs>}, the JDK running this benchmark, {@code env} added to this one's. */
    static ChildJvm launch(List<String> jvmFlags, List<String> mainArgs, Map<String, String> env, Path log) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmFlags);
        command.addAll(mainArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        try {
            long launchedAt = System.nanoTime();
            return new ChildJvm(builder.start(), launchedAt, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch " + command, e);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Polls {@code healthUrl} until it answers 200 and returns the time since launch; a refused connection only means
     * the server is not listening yet. @throws IllegalStateException if the process exits or {@code timeout} passes
     */
    Duration awaitHealthy(URI healthUrl, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = launchedAt + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the child JVM exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - launchedAt);
                }
            } catch (IOException notListeningYet) {
                // the next poll will tell
            }
            LockSupport.parkNanos(POLL_EVERY.toNanos());
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        throw new IllegalStateException(healthUrl + " not UP within " + timeout + ":\n" + logTail());
    }

    ProcessMemory memory() {
        return ProcessMemory.of(process.pid());
    }

    /** The last lines the child printed: what to show when it did not come up. */
    String logTail() {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, as an admin stops it; SIGKILL if it has not gone within 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
