package org.complaintgateway.it.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
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
 * The gateway is killed with SIGKILL while it works through a full mailbox, and started again: every mail reaches
 * the downstream, and under exactly one Idempotency-Key (one complaint per mail, however often it was delivered).
 */
class KilledDuringPollTest {

    private static final int MAILS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @AutoClose
    MailServer mail;
    @AutoClose("stop")
    WireMockServer downstream;
    @AutoClose
    ChildGateway gateway;

    @Test
    void eachMailIsDeliveredUnderOneKeyAfterAKillInTheMiddleOfAPoll() {
        mail = MailServer.start();
        downstream = LoopbackDownstream.startAccepting();
        IntStream.range(0, MAILS).forEach(n -> mail.deliver(
                TestMails.complaint("killed-" + n + "@example.org", "Complaint " + n, "Case " + n + ".\n")));
        TestGateway config = config();
        gateway = ChildGateway.start(config);

        // small polls, so that the kill lands while mail is still being fetched, journaled and acknowledged
        await().atMost(Duration.ofSeconds(60)).until(() -> LoopbackDownstream.deliveries(downstream).size() >= MAILS / 5);
        gateway.kill();
        int deliveredBeforeKill = LoopbackDownstream.deliveries(downstream).size();
        assertThat(deliveredBeforeKill).as("killed before the mailbox was done").isLessThan(MAILS);
        gateway.startAgain();

        await().atMost(Duration.ofSeconds(120)).until(() -> keysByMail().size() == MAILS);
        Map<String, Set<String>> keys = keysByMail();
        assertThat(keys.values()).as("Idempotency-Keys per mail").allSatisfy(k -> assertThat(k).hasSize(1));
        assertThat(keys.values().stream().flatMap(Set::stream).distinct().count()).isEqualTo(MAILS);
        // the child's H2 ledger, read beside it (AUTO_SERVER): every mail FORWARDED once, re-fetches only DUPLICATE
        try (Store ledger = JdbcStore.open(config.config().store(), "RC", Clock.systemUTC())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> count(ledger, LedgerState.FORWARDED) == MAILS);
            LedgerReport report = ledger.report(Instant.now());
            assertThat(report.unaccounted()).isEmpty();
            assertThat(report.total()).isEqualTo(MAILS + count(ledger, LedgerState.DUPLICATE));
        }
    }

    private static long count(Store ledger, LedgerState state) {
        return ledger.report(Instant.now()).counts().stream().filter(c -> c.state() == state)
                .mapToLong(LedgerReport.Count::count).sum();
    }

    private TestGateway config() {
        MailServer.writePasswordFile(dir);
        TestGateway built = TestGateway.builder(dir)
                .httpDownstream(LoopbackDownstream.url(downstream.port()), "fake-signing-secret-for-tests", "")
                .channel(mail.channelYaml(MailChannel.CHANNEL_ID, "imap",
                        "    pollEvery: 1s\n    maxMessagesPerPoll: 10\n"))
                .build();
        // the child reads the real environment: the signing secret comes from a file instead
        SecretFile.replaceEnvReference(built.configFile(), "TEST_SIGNING_SECRET", "fake-signing-secret-for-tests");
        return built;
    }

    /** Message-ID of each delivered complaint → the Idempotency-Keys it was delivered under. */
    private Map<String, Set<String>> keysByMail() {
        Map<String, Set<String>> keys = new HashMap<>();
        for (LoggedRequest delivery : LoopbackDownstream.deliveries(downstream)) {
            try {
                JsonNode complaint = JSON.readTree(delivery.getBodyAsString());
                keys.computeIfAbsent(complaint.path("channel").path("externalId").asText(), k -> new HashSet<>())
                        .add(delivery.getHeader("Idempotency-Key"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }
}
