package org.complaintgateway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.complaintgateway.config.StoreSettings;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: {@code ledger compact} rewrites a stopped gateway's H2 ledger, says by how much and exits 0, and the ledger
 * still holds every message; a ledger in use, or none where the config points, exits 3 and says why.
 */
class LedgerCompactCommandTest {

    @TempDir
    Path dir;

    private LedgerFixture ledger;

    @BeforeEach
    void prepare() throws Exception {
        ledger = LedgerFixture.in(dir);
    }

    @Test
    void compactsAStoppedGatewaysLedgerAndKeepsItsMessages() throws Exception {
        // The fixture's ledger, closed without compacting it, as after a kill.
        StoreSettings uncompactedOnClose = new StoreSettings("jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath()
                + ";MAX_COMPACT_TIME=0", null, null, 8, Duration.ofDays(30));
        try (Store store = JdbcStore.open(uncompactedOnClose, "RC", Clock.systemUTC())) {
            for (int n = 1; n <= 50; n++) {
                String id = LedgerFixture.receive(store, n);
                LedgerFixture.queueAndClaim(store, id);
                store.delivered(id, 201);
            }
        }
        Path file = dir.resolve("ledger.mv.db").toAbsolutePath();
        long before = Files.size(file);

        CliRun run = CliRun.of("ledger", "compact", "--config", ledger.configFile());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("compacted " + java.util.regex.Pattern.quote(file.toString())
                + ": \\d+(\\.\\d MB| KB) -> \\d+(\\.\\d MB| KB) in \\d+\\.\\d s\\R");
        assertThat(Files.size(file)).isLessThan(before);
        assertThat(CliRun.of("ledger", "check", "--config", ledger.configFile()).out())
                .containsPattern("(?m)^site-form\\s+FORWARDED\\s+50$");
    }

    @Test
    void ledgerInUseExits3AndIsLeftAlone() {
        try (Store running = ledger.openStore(Clock.systemUTC())) {
            LedgerFixture.receive(running, 1);

            CliRun run = CliRun.of("ledger", "compact", "--config", ledger.configFile());

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("is in use (a running gateway, or a ledger command beside it): stop the"
                    + " gateway, then compact; nothing was changed");
            assertThat(running.healthy()).isTrue();
        }
    }

    @Test
    void noLedgerWhereTheConfigPointsExits3() {
        CliRun run = CliRun.of("ledger", "compact", "--config", ledger.configFile());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("no ledger at " + dir.resolve("ledger.mv.db").toAbsolutePath()
                + ": check store.url in " + ledger.configFile());
        assertThat(dir.resolve("ledger.mv.db")).doesNotExist();
    }
}
