package org.complaintgateway.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.complaintgateway.routes.testing.TestPostgres;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nothing lost, nothing duplicated" for the whole running product, on each store: the packaged gateway, every channel
 * at once, killed with SIGKILL and started again at least 20 times while the downstream, the network to the sources,
 * the mail server and (PostgreSQL) the database fail (see {@link FaultRun}). Checked from the downstream's records and
 * the ledger: every input acknowledged to its source reached the downstream as one complaint under one
 * Idempotency-Key (repeat requests with that key are counted, and allowed: the key is there for them); nothing is lost;
 * every ledger row is terminal, {@code ledger check} agrees, and the gateway is healthy again within a bounded time.
 * The figures go to {@code target/reliability/} and docs/RELIABILITY.md. {@code -Dfaults.profile=long} runs the
 * long profile; {@code -Dreliability.seed=<n>} replays a run's random choices.
 */
class CrashAndFaultTest {

    private final FaultProfile profile = FaultProfile.fromSystemProperty();
    private final Seed seed = Seed.fromSystemProperty();

    @TempDir
    Path dir;

    @AutoClose
    FaultRun run;
    @AutoClose
    TestPostgres postgres;

    @Test
    void nothingLostNothingDuplicatedOnH2() {
        run = new FaultRun(dir, profile, seed, null);
        check(run.run());
    }

    @Test
    void nothingLostNothingDuplicatedOnPostgresql() {
        postgres = TestPostgres.restartable(dir.resolve("postgres"));
        run = new FaultRun(dir.resolve("run"), profile, seed, postgres);
        check(run.run());
    }

    private void check(FaultReport report) {
        String figures = report.markdown();
        System.out.println(figures);
        publish(report, figures);
        String replay = "\n" + figures + "\nreplay: " + seed + " -D" + FaultProfile.PROPERTY + "=" + profile.name();
        assertThat(report.kills()).as("kills" + replay).hasSize(profile.kills());
        assertThat(report.lost()).as("acknowledged inputs never delivered" + replay).isEmpty();
        assertThat(report.duplicated()).as("inputs delivered as more than one complaint" + replay).isEmpty();
        assertThat(report.unknownRequests()).as("deliveries no sender sent" + replay).isZero();
        assertThat(report.recovery().complete()).as("caught up and healthy after the faults" + replay).isTrue();
        assertThat(report.ledgerStates()).as("ledger rows by state" + replay)
                .containsEntry("FORWARDED", (long) report.inputs().size())
                .containsOnlyKeys(report.ledgerStates().containsKey("DUPLICATE") ? new String[] {"FORWARDED", "DUPLICATE"}
                        : new String[] {"FORWARDED"});
        assertThat(report.ledgerCheck().exitCode()).as("ledger check: " + report.ledgerCheck().output() + replay).isZero();
        if (report.storeOutage() != null) {
            assertThat(report.storeOutage().statuses()).as("answers while PostgreSQL was stopped" + replay)
                    .isNotEmpty().containsOnly(503);
        }
    }

    /** target/reliability/<profile>-<store>.md, what docs/RELIABILITY.md is updated from, and the gateway's log. */
    private void publish(FaultReport report, String figures) {
        try {
            Path out = Path.of("target", "reliability");
            Files.createDirectories(out);
            String store = report.store().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            Files.writeString(out.resolve(profile.name() + "-" + store + ".md"), figures);
            Files.writeString(out.resolve(profile.name() + "-" + store + "-gateway.log"), report.gatewayLog());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
