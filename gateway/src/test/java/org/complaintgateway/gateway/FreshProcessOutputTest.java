package org.complaintgateway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: in a fresh JVM, as an admin or a script runs it, a command's stdout holds only what the command
 * prints (logging starts silently, and logs go to stderr), so {@code ledger check --json} pipes straight
 * into a JSON parser.
 */
class FreshProcessOutputTest {

    @TempDir
    Path dir;

    @Test
    void ledgerCheckJsonIsTheWholeStdoutOfAFreshProcess() throws Exception {
        LedgerFixture ledger = LedgerFixture.in(dir);

        Process process = java("ledger", "check", "--config", ledger.configFile(), "--json");

        String out = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code; stderr:%n%s", Files.readString(dir.resolve("stderr.txt")))
                .isZero();
        assertThat(out.strip()).as("stdout").startsWith("{").endsWith("}");
        JsonNode report = new ObjectMapper().readTree(out);
        assertThat(report.path("ok").asBoolean()).isTrue();
    }

    /** The gateway's main class on this test's class path, stdout and stderr into files in the temp dir. */
    private Process java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GatewayCli.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the command did not finish within 60 s");
        }
        return process;
    }
}
