package org.complaintgateway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.NewOutbound;
import org.complaintgateway.routes.store.OutboundKind;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: {@code ledger check} exits 1 and lists every message in flight for longer than
 * {@code gateway.stuckAfter}, and exits 0 when everything received has reached a terminal state;
 * {@code --json} prints the same report as a JSON object with {@code ok}, {@code total}, {@code counts}
 * and {@code stuck}. Outbound messages (replies, acknowledgments) are counted per channel and state, and one queued
 * to send for longer than {@code stuckAfter} is listed and exits 1 as well.
 */
class LedgerCheckCommandTest {

    @TempDir
    Path dir;

    private LedgerFixture ledger;
    private TestClock anHourAgo;

    @BeforeEach
    void prepare() throws Exception {
        ledger = LedgerFixture.in(dir);
        // Journaled an hour ago: far past stuckAfter (1s) without the test waiting for it.
        anHourAgo = TestClock.at(Instant.now().minus(Duration.ofHours(1)).toString());
    }

    @Test
    void messageLeftReceivedLongerThanStuckAfterIsListedAndExits1() {
        String stuck;
        String ignored;
        try (Store store = ledger.openStore(anHourAgo)) {
            stuck = LedgerFixture.receive(store, 1);
            ignored = LedgerFixture.receive(store, 2);
            store.finish(ignored, LedgerState.IGNORED, "auto-reply");
        }

        CliRun run = CliRun.of("ledger", "check", "--config", ledger.configFile());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("received 2 = terminal 1 + in flight 1")
                .contains("STUCK: 1 message(s) in flight for longer than 1s")
                .containsPattern("(?m)^\\s+" + stuck + " site-form RECEIVED since ")
                .doesNotContain(ignored);
    }

    @Test
    void everythingTerminalExits0() {
        try (Store store = ledger.openStore(anHourAgo)) {
            String forwarded = LedgerFixture.receive(store, 1);
            LedgerFixture.queueAndClaim(store, forwarded);
            store.delivered(forwarded, 201);
            store.finish(LedgerFixture.receive(store, 2), LedgerState.IGNORED, "auto-reply");
        }

        CliRun run = CliRun.of("ledger", "check", "--config", ledger.configFile());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^site-form\\s+FORWARDED\\s+1$")
                .containsPattern("(?m)^site-form\\s+IGNORED\\s+1$")
                .contains("received 2 = terminal 2 + in flight 0")
                .contains("OK: nothing in flight for longer than 1s")
                .doesNotContain("STUCK");
    }

    @Test
    void jsonReportOfAStuckMessageParsesWithOkTotalCountsAndStuck() throws Exception {
        String stuck;
        try (Store store = ledger.openStore(anHourAgo)) {
            stuck = LedgerFixture.receive(store, 1);
        }

        CliRun run = CliRun.of("ledger", "check", "--config", ledger.configFile(), "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("ok").isBoolean()).isTrue();
        assertThat(report.path("ok").asBoolean()).isFalse();
        assertThat(report.path("total").asLong()).isEqualTo(1);
        assertThat(report.path("counts")).hasSize(1);
        assertThat(report.path("counts").path(0).path("channelId").asText()).isEqualTo("site-form");
        assertThat(report.path("counts").path(0).path("state").asText()).isEqualTo("RECEIVED");
        assertThat(report.path("counts").path(0).path("count").asLong()).isEqualTo(1);
        assertThat(report.path("stuck")).hasSize(1);
        assertThat(report.path("stuck").path(0).path("id").asText()).isEqualTo(stuck);
        assertThat(report.path("stuck").path(0).path("state").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void jsonReportOfAnEmptyLedgerIsOk() throws Exception {
        CliRun run = CliRun.of("ledger", "check", "--config", ledger.configFile(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("ok").asBoolean()).isTrue();
        assertThat(report.path("total").asLong()).isZero();
        assertThat(report.path("counts").isArray()).isTrue();
        assertThat(report.path("counts")).isEmpty();
        assertThat(report.path("stuck").isArray()).isTrue();
        assertThat(report.path("stuck")).isEmpty();
    }

    /** A forwarded complaint with one reply to it; returns the reply's id. */
    private static String forwardedWithReply(Store store, String key) {
        String complaint = LedgerFixture.receive(store, 1);
        LedgerFixture.queueAndClaim(store, complaint);
        store.delivered(complaint, 201);
        return store.outbound().enqueue(new NewOutbound(complaint, OutboundKind.REPLY, LedgerFixture.CHANNEL, "webform",
                key, "{\"text\":\"We are on it.\"}".getBytes(StandardCharsets.UTF_8))).message().id();
    }

    @Test
    void outboundMessagesSentOrFailedAreCountedPerChannelAndStateAndExit0() {
        try (Store store = ledger.openStore(anHourAgo)) {
            store.outbound().sent(forwardedWithReply(store, "reply-1"), "<reply-1@gateway.example>");
            store.outbound().failed(forwardedWithReply(store, "reply-2"), "mailbox unavailable");
        }

        CliRun run = CliRun.of("ledger", "check", "--config", ledger.configFile());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^OUTBOUND CHANNEL\\s+STATE\\s+COUNT$")
                .containsPattern("(?m)^site-form\\s+FAILED\\s+1$")
                .containsPattern("(?m)^site-form\\s+SENT\\s+1$")
                .contains("outbound 2 = sent, failed or skipped 2 + queued 0")
                .contains("OK: nothing in flight for longer than 1s")
                .doesNotContain("STUCK");
    }

    @Test
    void aSkippedAcknowledgmentIsCountedAsDoneAndNeverStuck() {
        try (Store store = ledger.openStore(anHourAgo)) {
            String complaint = LedgerFixture.receive(store, 1);
            LedgerFixture.queueAndClaim(store, complaint);
            store.delivered(complaint, 201);
            store.outbound().skip(new NewOutbound(complaint, OutboundKind.ACKNOWLEDGMENT, LedgerFixture.CHANNEL,
                    "webform", "acknowledgment", "{}".getBytes(StandardCharsets.UTF_8), "noreply@example.com"),
                    "no-reply address");
        }

        CliRun run = CliRun.of("ledger", "check", "--config", ledger.configFile());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^site-form\\s+SKIPPED\\s+1$")
                .contains("outbound 1 = sent, failed or skipped 1 + queued 0")
                .contains("OK: nothing in flight for longer than 1s")
                .doesNotContain("STUCK");
    }

    @Test
    void outboundMessageQueuedLongerThanStuckAfterIsListedWithItsLastErrorAndExits1() {
        String stuck;
        try (Store store = ledger.openStore(anHourAgo)) {
            stuck = forwardedWithReply(store, "reply-1");
            store.outbound().retryLater(stuck, anHourAgo.instant(), "connection refused\nby smtp.example.org");
        }

        CliRun run = CliRun.of("ledger", "check", "--config", ledger.configFile());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("received 1 = terminal 1 + in flight 0")
                .contains("outbound 1 = sent, failed or skipped 0 + queued 1")
                .contains("STUCK OUTBOUND: 1 message(s) queued to send for longer than 1s")
                .containsPattern("(?m)^\\s+" + stuck + " site-form attempts=1 since \\S+ "
                        + "last error: connection refused by smtp.example.org$")
                .doesNotContain("OK:");
    }

    @Test
    void jsonReportOfAStuckOutboundMessageIsNotOkAndListsIt() throws Exception {
        String stuck;
        try (Store store = ledger.openStore(anHourAgo)) {
            stuck = forwardedWithReply(store, "reply-1");
        }

        CliRun run = CliRun.of("ledger", "check", "--config", ledger.configFile(), "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("ok").asBoolean()).isFalse();
        assertThat(report.path("stuck")).isEmpty();
        JsonNode outbound = report.path("outbound");
        assertThat(outbound.path("counts")).hasSize(1);
        assertThat(outbound.path("counts").path(0).path("state").asText()).isEqualTo("QUEUED");
        assertThat(outbound.path("counts").path(0).path("count").asLong()).isEqualTo(1);
        assertThat(outbound.path("stuck")).hasSize(1);
        assertThat(outbound.path("stuck").path(0).path("id").asText()).isEqualTo(stuck);
        assertThat(outbound.path("stuck").path(0).path("attempts").asInt()).isZero();
    }
}
