package org.complaintgateway.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.complaintgateway.it.telegram.FakeTelegramBotApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the Telegram harness from rotting: a small backlog with photos must be drained whole by the baseline and by
 * the gateway, every update must reach the sink, and the gateway's ledger must count each one FORWARDED. Nothing here
 * judges speed.
 */
class TelegramDrainBenchmarkSmokeTest {

    @TempDir
    Path workDir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void baselineAndGatewayDeliverEveryUpdateAndTheLedgerCountsThemForwarded() throws Exception {
        TelegramBenchmarkOptions options = TelegramBenchmarkOptions.parse("--updates", "200", "--photo-share", "5%",
                "--warmup-updates", "0", "--drain-timeout", "15s");

        TelegramResultTable.Results results = TelegramDrainBenchmark.run(options, workDir);

        DrainResult baseline = results.baseline().orElseThrow();
        assertThat(baseline.drained()).isEqualTo(200);
        DrainResult gateway = results.gateway().orElseThrow();
        assertThat(gateway.drained()).as(gateway.ledgerStates()).isEqualTo(200);
        assertThat(gateway.ledger()).as(gateway.ledgerStates()).contains(new LedgerCounts(200, 200));
        assertThat(TelegramResultTable.summary(results)).containsKeys("baseline", "gateway", "ratio", "goalsMet");
    }

    @Test
    void theBacklogIsTheSameForTheSameSeedAndHasTheAskedMix() {
        UpdateCorpus corpus = UpdateCorpus.of(1000, 0.05, 7);

        assertThat(corpus.counts())
                .containsEntry(UpdateCorpus.Kind.PHOTO, 50).containsEntry(UpdateCorpus.Kind.TEXT, 950);
        try (FakeTelegramBotApi first = FakeTelegramBotApi.start();
             FakeTelegramBotApi second = FakeTelegramBotApi.start()) {
            Preload loaded = corpus.loadInto(first);
            assertThat(loaded.messages()).isEqualTo(1000);
            assertThat(first.pendingCount()).isEqualTo(1000);
            assertThat(loaded.bytes()).isEqualTo(50 * 140_112L);
            assertThat(UpdateCorpus.of(1000, 0.05, 7).loadInto(second).bytes()).isEqualTo(loaded.bytes());
        }
    }

    @Test
    void photoShareTakesAFractionOrAPercentage() {
        assertThat(TelegramBenchmarkOptions.parse("--photo-share", "10%").photoShare()).isEqualTo(0.1);
        assertThat(TelegramBenchmarkOptions.parse("--only", "gateway").systems()).containsExactly(SystemKind.GATEWAY);
    }
}
