package org.complaintgateway.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the mail drain harness from rotting: a tiny mailbox must be drained whole by the baseline and by the gateway,
 * every mail must reach the sink and be counted FORWARDED in the gateway's ledger, and every latency probe must
 * arrive. Nothing here judges speed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MailDrainBenchmarkSmokeTest {

    @TempDir
    Path workDir;

    @Test
    void baselineAndGatewayDrainEveryMailAndTheLedgerCountsThemForwarded() throws Exception {
        MailBenchmarkOptions options = MailBenchmarkOptions.parse("--messages", "200", "--large-share", "0",
                "--warmup-messages", "0", "--latency-samples", "5", "--latency-poll", "1s", "--drain-timeout", "60s");

        MailResultTable.Results results = MailDrainBenchmark.run(options, workDir);

        DrainResult baseline = results.baseline().orElseThrow();
        assertThat(baseline.drained()).isEqualTo(200);
        DrainResult gateway = results.gateway().orElseThrow();
        assertThat(gateway.drained()).as(gateway.ledgerStates()).isEqualTo(200);
        assertThat(gateway.ledger()).as(gateway.ledgerStates()).contains(new LedgerCounts(200, 200));
        LatencyResult latency = results.latency().orElseThrow();
        assertThat(latency.delivered()).isEqualTo(5);
        assertThat(latency.ledger()).contains(new LedgerCounts(5, 5));
        assertThat(MailResultTable.summary(options, results)).containsKeys("baseline", "gateway", "ratio", "latency");
    }

    @Test
    void theCorpusIsTheSameForTheSameSeedAndHasTheIssuesMix() {
        MailCorpus corpus = MailCorpus.of(1000, 0.05, 7);

        assertThat(corpus.counts()).containsEntry(MailCorpus.Kind.LARGE, 50).containsEntry(MailCorpus.Kind.HTML, 250)
                .containsEntry(MailCorpus.Kind.PLAIN, 700);
        assertThat(MailCorpus.of(1000, 0.05, 7).mail(3)).isEqualTo(corpus.mail(3));
        assertThat(MailCorpus.of(1000, 0.05, 8).mail(3)).isNotEqualTo(corpus.mail(3));
    }

    @Test
    void eachKindOfMailHasItsSize() {
        MailCorpus corpus = MailCorpus.of(200, 0.05, 7);

        for (int i = 0; i < corpus.size(); i++) {
            int size = corpus.mail(i).length;
            switch (corpus.kind(i)) {
                case PLAIN -> assertThat(size).isBetween(3_000, 5_000);
                case HTML -> assertThat(size).isBetween(44_000, 60_000);
                case LARGE -> assertThat(size).isBetween(1 << 20, 5 << 20);
            }
        }
    }

    @Test
    void largeShareTakesAFractionOrAPercentage() {
        assertThat(MailBenchmarkOptions.parse("--large-share", "5%").largeShare()).isEqualTo(0.05);
        assertThat(MailBenchmarkOptions.parse("--large-share", "0").largeShare()).isZero();
        assertThat(MailBenchmarkOptions.parse("--only", "gateway,latency").parts())
                .containsExactlyInAnyOrder(MailBenchmarkOptions.Part.GATEWAY, MailBenchmarkOptions.Part.LATENCY);
    }
}
