package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.complaintgateway.config.StoreSettings;
import org.complaintgateway.routes.testing.TestH2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: compacting a stopped gateway's H2 ledger shrinks the file and keeps every row; a ledger another process has
 * open, a missing file and a store that is not an embedded H2 file are reported, and left exactly as they were.
 */
class LedgerCompactionTest {

    private static final int COMPLAINTS = 300;

    @TempDir
    Path dir;

    @Test
    void shrinksTheFileAndKeepsEveryComplaint() throws Exception {
        StoreSettings settings = TestH2.in(dir).settings();
        // As after a kill, or a close that ran out of time: nothing compacted on the way out.
        try (JdbcStore store = JdbcStore.open(withoutCompactionOnClose(settings), "RC", Clock.systemUTC())) {
            deliverComplaints(store);
        }

        LedgerCompaction.Outcome outcome = LedgerCompaction.compact(settings);

        assertThat(outcome).isInstanceOf(LedgerCompaction.Compacted.class);
        LedgerCompaction.Compacted compacted = (LedgerCompaction.Compacted) outcome;
        assertThat(compacted.file()).isEqualTo(ledgerFile());
        assertThat(compacted.bytesAfter()).isEqualTo(Files.size(ledgerFile()))
                .isLessThan(compacted.bytesBefore() / 4);
        try (JdbcStore reopened = JdbcStore.open(settings, "RC", Clock.systemUTC())) {
            LedgerReport report = reopened.report(Instant.now().plus(Duration.ofDays(1)));
            assertThat(report.counts()).containsExactly(
                    new LedgerReport.Count("site-form", LedgerState.FORWARDED, COMPLAINTS));
            assertThat(report.healthy()).isTrue();
        }
    }

    @Test
    void leavesAnOpenLedgerAlone() throws Exception {
        StoreSettings settings = TestH2.in(dir).settings();
        try (JdbcStore running = JdbcStore.open(settings, "RC", Clock.systemUTC())) {
            deliverComplaints(running);
            long before = Files.size(ledgerFile());

            assertThat(LedgerCompaction.compact(settings)).isEqualTo(new LedgerCompaction.InUse(ledgerFile()));

            assertThat(Files.size(ledgerFile())).isEqualTo(before);
            assertThat(running.healthy()).isTrue();
        }
    }

    @Test
    void createsNoLedgerWhereThereIsNone() {
        StoreSettings settings = TestH2.in(dir).settings();

        assertThat(LedgerCompaction.compact(settings)).isEqualTo(new LedgerCompaction.NoLedger(ledgerFile()));

        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void hasNothingToDoForADatabaseServer() {
        StoreSettings postgres = new StoreSettings("jdbc:postgresql://127.0.0.1:1/ledger", "gateway", null, 8,
                Duration.ofDays(30));

        assertThat(LedgerCompaction.compact(postgres)).isInstanceOf(LedgerCompaction.NotAnEmbeddedFile.class);
    }

    @Test
    void opensTheFileForItselfWhateverTheUrlSays() {
        assertThat(LedgerCompaction.exclusive("jdbc:h2:file:/srv/ledger;auto_server=TRUE;MODE=PostgreSQL;IFEXISTS=FALSE"))
                .isEqualTo("jdbc:h2:file:/srv/ledger;MODE=PostgreSQL;AUTO_SERVER=FALSE;IFEXISTS=TRUE;OPEN_NEW=TRUE");
    }

    private static StoreSettings withoutCompactionOnClose(StoreSettings settings) {
        return new StoreSettings(settings.url() + ";MAX_COMPACT_TIME=0", settings.user(), settings.password(),
                settings.poolSize(), settings.dedupeTtl());
    }

    private Path ledgerFile() {
        return dir.resolve("data").resolve("ledger.mv.db").toAbsolutePath().normalize();
    }

    /** Journaled, queued and delivered one by one, as a quiet gateway does: a commit, and so a chunk, for each step. */
    private static void deliverComplaints(JdbcStore store) {
        byte[] complaint = "{\"text\":\"The parcel arrived damaged.\"}".getBytes(StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            String key = UUID.randomUUID().toString();
            byte[] raw = ("{\"email\":\"customer" + i + "@example.org\"}").getBytes(StandardCharsets.UTF_8);
            AppendOutcome outcome = store.appendNormalized(new NewMessage("site-form", "webform", key, key,
                    "application/json", raw), entry -> new Normalization.Queue(complaint), Duration.ofMinutes(1));
            ids.add(outcome.entry().id());
            store.delivered(outcome.entry().id(), 201);
        }
        assertThat(ids).doesNotHaveDuplicates();
    }
}
