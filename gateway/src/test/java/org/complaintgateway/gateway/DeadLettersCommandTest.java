package org.complaintgateway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: {@code dead-letters list} shows every complaint the downstream refused with its answer, and
 * {@code dead-letters replay --id} queues exactly that one for delivery again, exiting 2 for an id that
 * is not a dead letter.
 */
class DeadLettersCommandTest {

    @TempDir
    Path dir;

    private LedgerFixture ledger;

    @BeforeEach
    void prepare() throws Exception {
        ledger = LedgerFixture.in(dir);
    }

    @Test
    void emptyLedgerListsNoDeadLetters() {
        CliRun run = CliRun.of("dead-letters", "list", "--config", ledger.configFile());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("0 dead letters\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void replayOfUnknownIdExits2AndNamesTheId() {
        CliRun run = CliRun.of("dead-letters", "replay", "--config", ledger.configFile(), "--id", "unknown");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("no dead letter with id unknown");
    }

    @Test
    void deadLetterIsListedWithTheDownstreamsStatusAndAnswer() {
        String id = refusedByTheDownstream();

        CliRun run = CliRun.of("dead-letters", "list", "--config", ledger.configFile());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^" + id + " RC-\\d{4}-\\d{6} site-form attempts=1 status=422 ")
                .contains("  response: {\"error\": \"customer.email missing\"}")
                .endsWith("1 dead letter\n");
    }

    @Test
    void replayByIdQueuesThatDeadLetterForDeliveryAgain() {
        String id = refusedByTheDownstream();

        CliRun run = CliRun.of("dead-letters", "replay", "--config", ledger.configFile(), "--id", id);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("queued " + id + " for delivery\n");
        try (Store store = ledger.openStore(Clock.systemUTC())) {
            assertThat(store.find(id).orElseThrow().state()).isEqualTo(LedgerState.QUEUED);
            assertThat(store.deadLetters()).isEmpty();
        }
    }

    /** A complaint the downstream answered 422: a dead letter after one attempt. */
    private String refusedByTheDownstream() {
        try (Store store = ledger.openStore(Clock.systemUTC())) {
            String id = LedgerFixture.receive(store, 1);
            LedgerFixture.queueAndClaim(store, id);
            store.deadLetter(id, "downstream answered 422", 422, "{\"error\":\n  \"customer.email missing\"}");
            return id;
        }
    }
}
