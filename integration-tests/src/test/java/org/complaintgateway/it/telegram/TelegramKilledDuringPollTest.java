package org.complaintgateway.it.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintgateway.it.support.ChildGateway;
import org.complaintgateway.it.support.LoopbackDownstream;
import org.complaintgateway.it.support.SecretFile;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.LedgerReport;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.Store;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway is killed with SIGKILL while it drains a bot's backlog, after journaling updates that the next
 * getUpdates would have confirmed, and started again: Telegram hands those updates out again, they are recorded as
 * DUPLICATE, and every update reaches the downstream as one complaint, delivered once under one Idempotency-Key.
 */
class TelegramKilledDuringPollTest {

    private static final int UPDATES = 200;
    /** Every tenth update carries a file: the gateway calls Telegram in the middle of a batch, where it is paused. */
    private static final int FILE_EVERY = 10;
    private static final long CHAT = TelegramUpdates.CUSTOMER;
    /** The getFile call the fake stops answering at: that of update 40, in the middle of the first getUpdates answer. */
    private static final int PAUSE_AT_GETFILE = 5;
    private static final String SIGNING_SECRET = "fake-signing-secret-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @AutoClose
    FakeTelegramBotApi api;
    @AutoClose("stop")
    WireMockServer downstream;
    @AutoClose
    ChildGateway gateway;

    private final TelegramUpdates updates = new TelegramUpdates();

    @Test
    void everyUpdateIsDeliveredOnceAfterAKillBetweenJournalingAndTheNextGetUpdates() {
        api = FakeTelegramBotApi.start();
        downstream = LoopbackDownstream.startAccepting();
        TestGateway config = config();
        api.pauseAt("getFile", PAUSE_AT_GETFILE);
        gateway = ChildGateway.start(config);
        for (int n = 0; n < UPDATES; n++) {
            api.enqueue(n % FILE_EVERY == 0 ? withReceipt(n) : updates.text(CHAT, CHAT, "Complaint " + n));
        }

        // Telegram stops answering mid-drain, at the getFile of update 40: the gateway waits there, every update before it
        // journaled and confirmed by no getUpdates yet. Once those are delivered, it is killed.
        await().atMost(Duration.ofSeconds(60)).until(() -> api.calls("getFile") >= PAUSE_AT_GETFILE);
        long journaledBeforeKill;
        try (Store ledger = childLedger(config)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                LedgerReport report = ledger.report(Instant.now());
                return report.total() == (long) FILE_EVERY * api.downloads().size()
                        && count(report, LedgerState.FORWARDED) == report.total();
            });
            journaledBeforeKill = ledger.report(Instant.now()).total();
        }
        gateway.kill();
        assertThat(journaledBeforeKill).as("killed before the backlog was done").isLessThan(UPDATES);
        assertThat((long) api.pendingCount()).as("journaled, yet unconfirmed at Telegram")
                .isGreaterThan(UPDATES - journaledBeforeKill);
        api.resume();
        gateway.startAgain();

        await().atMost(Duration.ofSeconds(90)).until(() -> keysByUpdate().size() == UPDATES);
        Map<String, Set<String>> keys = keysByUpdate();
        assertThat(keys.values()).as("Idempotency-Keys per update").allSatisfy(k -> assertThat(k).hasSize(1));
        Map<String, Long> deliveriesPerKey = LoopbackDownstream.deliveries(downstream).stream()
                .collect(Collectors.groupingBy(d -> d.getHeader("Idempotency-Key"), Collectors.counting()));
        assertThat(deliveriesPerKey).hasSize(UPDATES);
        assertThat(deliveriesPerKey.values()).as("deliveries per Idempotency-Key").containsOnly(1L);
        assertThat(LoopbackDownstream.deliveries(downstream)).filteredOn(d -> d.getBodyAsString().contains("\"sha256\""))
                .as("complaints with their receipt attached").hasSize(UPDATES / FILE_EVERY);
        // the child's H2 ledger, read beside it (AUTO_SERVER): each update FORWARDED once, re-fetched ones DUPLICATE
        try (Store ledger = childLedger(config)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> count(ledger.report(Instant.now()), LedgerState.FORWARDED) == UPDATES);
            LedgerReport report = ledger.report(Instant.now());
            long duplicates = count(report, LedgerState.DUPLICATE);
            assertThat(duplicates).as("journaled before the kill, handed out again after it")
                    .isBetween(1L, journaledBeforeKill);
            assertThat(report.total()).isEqualTo(UPDATES + duplicates);
            assertThat(report.unaccounted()).isEmpty();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> api.pendingCount() == 0);
    }

    private ObjectNode withReceipt(int n) {
        byte[] receipt = ("Receipt " + n).getBytes(StandardCharsets.UTF_8);
        String fileId = "receipt-" + n;
        api.registerFile(fileId, TelegramUpdates.fileUniqueId(fileId), "documents/receipt_" + n + ".txt", receipt);
        return updates.document(CHAT, CHAT, "Complaint " + n, fileId, fileId + ".txt", "text/plain", receipt.length);
    }

    private TestGateway config() {
        TelegramChannel.writeSecrets(dir);
        TestGateway built = TestGateway.builder(dir)
                .httpDownstream(LoopbackDownstream.url(downstream.port()), SIGNING_SECRET, "")
                .channel("  - id: " + TelegramChannel.CHANNEL_ID + "\n"
                        + "    type: telegram\n"
                        + "    token: \"${file:" + TelegramChannel.TOKEN_FILE + "}\"\n"
                        + "    apiUrl: " + api.apiUrl() + "\n"
                        + "    pollTimeout: 1s\n"
                        // longer than the test takes to kill it: a getFile timing out would end the batch, and save
                        // the offset, before the kill
                        + "    timeout: 60s\n"
                        + "    mergeWindow: 0s\n")
                .build();
        // the child reads the real environment: the signing secret comes from a file instead
        SecretFile.replaceEnvReference(built.configFile(), "TEST_SIGNING_SECRET", SIGNING_SECRET);
        return built;
    }

    private static Store childLedger(TestGateway config) {
        return JdbcStore.open(config.config().store(), "RC", Clock.systemUTC());
    }

    private static long count(LedgerReport report, LedgerState state) {
        return report.counts().stream().filter(c -> c.state() == state).mapToLong(LedgerReport.Count::count).sum();
    }

    /** chatId:messageId of each delivered complaint → the distinct Idempotency-Keys it was delivered under. */
    private Map<String, Set<String>> keysByUpdate() {
        Map<String, Set<String>> keys = new HashMap<>();
        for (LoggedRequest delivery : LoopbackDownstream.deliveries(downstream)) {
            keys.computeIfAbsent(externalId(delivery), k -> new HashSet<>()).add(delivery.getHeader("Idempotency-Key"));
        }
        return keys;
    }

    private static String externalId(LoggedRequest delivery) {
        try {
            JsonNode complaint = JSON.readTree(delivery.getBodyAsString());
            return complaint.path("channel").path("externalId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
