package org.complaintgateway.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the ledger loop from rotting: every complaint it journals ends FORWARDED, each round prints its figures,
 * H2's among them, and so does the close. Nothing here judges speed.
 */
class LedgerLoopSmokeTest {

    @TempDir
    Path workDir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyComplaintEndsForwardedAndEachRoundPrintsItsFigures() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LedgerLoopOptions options = LedgerLoopOptions.parse("--threads", "4", "--rounds", "2", "--per-round", "100");

        boolean complete = LedgerLoop.run(options, workDir, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(complete).as(out).isTrue();
        assertThat(out).containsPattern("(?m)^1 \\d+ \\d+\\.\\d \\d+\\.\\d \\d+\\.\\d [1-9]\\d*$")
                .containsPattern("(?m)^2 \\d+ \\d+\\.\\d \\d+\\.\\d \\d+\\.\\d [1-9]\\d*$")
                .contains("ledger: 200 FORWARDED")
                .containsPattern("(?m)^closed in \\d+\\.\\d s: file \\d+\\.\\d MB$");
    }

    @Test
    void aWrongOptionIsNamed() {
        assertThatThrownBy(() -> LedgerLoopOptions.parse("--thread", "4"))
                .hasMessage("unknown option --thread");
        assertThatThrownBy(() -> LedgerLoopOptions.parse("--rounds", "0"))
                .hasMessage("every option must be at least 1");
    }
}
