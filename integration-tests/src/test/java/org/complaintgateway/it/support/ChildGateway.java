package org.complaintgateway.it.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

    /** Starts the gateway again and returns how long it took to answer healthy. */
    public Duration startAgain() {
        long started = System.nanoTime();
        try {
            process = command("run").redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // not listening yet: the request fails, which TestGateway.send reports as UncheckedIOException
        // this JVM's other threads (a test's servers) are none of its business: only the child's health counts
        await().dontCatchUncaughtExceptions().atMost(STARTS_WITHIN).ignoreExceptionsInstanceOf(UncheckedIOException.class)
                .until(this::healthy);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** {@code ledger check --json} on the same config, as an admin runs it beside the gateway: exit code and output. */
    public CommandResult ledgerCheck() {
        try {
            Process check = command("ledger", "check", "--json").start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!check.waitFor(60, TimeUnit.SECONDS)) {
                check.destroyForcibly();
                throw new IllegalStateException("ledger check did not finish within 60 s:\n" + output);
            }
            return new CommandResult(check.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record CommandResult(int exitCode, String output) {
    }

    /**
     * The jar with the config's fake environment, so that its {@code ${env:...}} secrets resolve as in this JVM.
     * C1 only and the serial collector: a test restarts the gateway many times, and start-up is what it waits for.
     */
    private ProcessBuilder command(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar().toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--config", config.configFile().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(config.env());
        return builder;
    }

    public boolean alive() {
        return process != null && process.isAlive();
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
