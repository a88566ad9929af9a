package org.complaintgateway.it.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged gateway ({@code gateway/target/complaint-gateway.jar}) in a JVM of its own, for what only a real
 * process can show: being killed with SIGKILL ({@link #kill()}) and started again on the same config and store.
 */
public final class ChildGateway implements AutoCloseable {

    private static final Duration STARTS_WITHIN = Duration.ofSeconds(60);

    private final TestGateway config;
    private final Path log;
    private Process process;

    private ChildGateway(TestGateway config, Path log) {
        this.config = config;
        this.log = log;
    }

    /** Runs the config of {@code gateway} (built, not started in this JVM) in a child process, once it is healthy. */
    public static ChildGateway start(TestGateway gateway) {
        ChildGateway child = new ChildGateway(gateway, gateway.configFile().resolveSibling("child-gateway.log"));
        child.startAgain();
        return child;
    }

    public void startAgain() {
        Path jar = jar();
        try {
            process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", jar.toString(), "run", "--config", config.configFile().toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // not listening yet: the request fails, which TestGateway.send reports as UncheckedIOException
        await().atMost(STARTS_WITHIN).ignoreExceptionsInstanceOf(UncheckedIOException.class).until(this::healthy);
    }

    /** SIGKILL: no shutdown hook, no flush, nothing the gateway could do to tidy up. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the child gateway did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private boolean healthy() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the child gateway exited with " + process.exitValue() + ":\n" + log());
        }
        return TestGateway.send(HttpRequest.newBuilder(config.managementUrl("/observe/health")).GET().build())
                .statusCode() == 200;
    }

    /** Built by the gateway module before this one runs (mvn verify); found from this module's directory. */
    private static Path jar() {
        Path jar = Path.of("..", "gateway", "target", "complaint-gateway.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -pl gateway package)");
        }
        return jar;
    }
}
