package org.complaintgateway.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the harness from rotting: a two-second run of each system with a few clients must deliver
 * every complaint it accepted to the sink, and the gateway's ledger must count each of them FORWARDED.
 * Nothing here judges speed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IngestionBenchmarkSmokeTest {

    @TempDir
    Path workDir;

    @Test
    void gatewayDeliversEveryAcceptedComplaintAndItsLedgerCountsThemForwarded() throws InterruptedException {
        RunResult result = BenchmarkRun.execute(SystemKind.GATEWAY, 1, shortRun("gateway"), workDir);

        assertThat(result.acceptedTotal()).isPositive();
        assertThat(result.errors()).isZero();
        assertThat(result.undelivered()).isZero();
        assertThat(result.ledger()).contains(new LedgerCounts(result.acceptedTotal(), result.acceptedTotal()));
    }

    @Test
    void baselineDeliversEveryAcceptedComplaint() throws InterruptedException {
        RunResult result = BenchmarkRun.execute(SystemKind.BASELINE, 1, shortRun("baseline"), workDir);

        assertThat(result.acceptedTotal()).isPositive();
        assertThat(result.errors()).isZero();
        assertThat(result.undelivered()).isZero();
        assertThat(result.ledger()).isEmpty();
    }

    @Test
    void optionsRunBaselineAndGatewayAlternately() {
        BenchmarkOptions options = BenchmarkOptions.parse("--rounds", "2", "--duration", "1500ms", "--warmup", "2s");

        assertThat(options.runOrder()).containsExactly(SystemKind.BASELINE, SystemKind.GATEWAY,
                SystemKind.BASELINE, SystemKind.GATEWAY);
        assertThat(options.duration().toMillis()).isEqualTo(1500);
        assertThat(options.warmup().toSeconds()).isEqualTo(2);
    }

    private static BenchmarkOptions shortRun(String system) {
        return BenchmarkOptions.parse("--only", system, "--warmup", "500ms", "--duration", "1500ms",
                "--clients", "4", "--rounds", "1", "--drain", "60s");
    }
}
