package org.complaintgateway.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.complaintgateway.it.support.HealthReport;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerReport;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input at volume (issue 7, item 3): thousands of malformed web form posts, webhook deliveries (signed, so that
 * they reach the ledger, and a share unsigned or wrongly signed, which must not) and e-mails, from one seed, into one
 * gateway with every channel. The rule: bad input never crashes or stalls the gateway; every request is answered with
 * a documented status; every accepted input ends in the ledger, once, in a terminal state, with a reason where it was
 * not forwarded; nothing refused is journaled. Replay a failure with the seed its message names
 * ({@code -Dreliability.seed=...}).
 */
class BadInputAtVolumeTest {

    /** HTTP inputs per channel, and mails; the mail share is small because IMAP is the slow part. */
    private static final Map<String, Integer> HTTP_INPUTS = Map.of(
            EveryChannelGateway.WEBFORM, 1900, EveryChannelGateway.WEBHOOK, 900, EveryChannelGateway.WHATSAPP, 600,
            EveryChannelGateway.MESSENGER, 300, EveryChannelGateway.INSTAGRAM, 200, EveryChannelGateway.SLACK, 900);
    private static final int MAILS = 300;
    /** Generous on two busy cores: the whole backlog is normally through within seconds of the last input. */
    private static final Duration ALL_TERMINAL_WITHIN = Duration.ofSeconds(60);
    /** How a mapper's reason begins when it threw and the message was quarantined by the safety net. */
    private static final String MAPPER_FAILURE = "mapping failed";

    @TempDir
    static Path dir;

    private static EveryChannelGateway channels;
    private static Seed seed;
    private static final Outcomes outcomes = new Outcomes();

    @BeforeAll
    static void sendEveryBadInputAndWaitForTheLedger() {
        seed = Seed.fromSystemProperty();
        System.out.println("Bad input at volume: " + seed);
        Instant start = Instant.now();
        channels = EveryChannelGateway.start(dir);
        sendAll();
        Duration sending = Duration.between(start, Instant.now());
        try {
            await().atMost(ALL_TERMINAL_WITHIN).pollInterval(Duration.ofMillis(250))
                    .until(() -> inFlight(report()) == 0 && report().total() >= expectedRows());
        } catch (ConditionTimeoutException stalled) {
            // the tests below say what is missing or stuck, each with the seed
            System.out.println("The ledger did not settle within " + ALL_TERMINAL_WITHIN + ", " + seed);
        }
        System.out.println(figures(sending, Duration.between(start, Instant.now())));
    }

    @AfterAll
    static void stopGateway() {
        if (channels != null) {
            channels.close();
        }
    }

    @Test
    void everyRequestIsAnsweredWithADocumentedStatusInTime() {
        assertThat(outcomes.inputs()).as("inputs sent, %s", seed).isGreaterThanOrEqualTo(5000);
        assertThat(outcomes.broken()).as("answers breaking the promise, %s", seed).isEmpty();
    }

    @Test
    void everyAcceptedInputIsOneRowOfItsChannelAndNothingRefusedIsJournaled() {
        Map<String, Long> rows = rowsPerChannel(report());
        Map<String, Long> accepted = new TreeMap<>();
        outcomes.accepted().forEach((channel, count) -> accepted.put(channel, count.longValue()));

        assertThat(rows).as("journal rows per channel = accepted inputs per channel, %s", seed).isEqualTo(accepted);
    }

    @Test
    void everyRowIsTerminalAndEveryIgnoredOrQuarantinedRowHasAReason() {
        List<String> inFlight = Arrays.stream(LedgerState.values()).filter(state -> !state.terminal())
                .flatMap(state -> channels.running.ledger.entriesIn(state).stream()).map(BadInputAtVolumeTest::shortly)
                .toList();
        assertThat(inFlight).as("rows not terminal %s after the last input, %s", ALL_TERMINAL_WITHIN, seed).isEmpty();
        for (LedgerState state : List.of(LedgerState.IGNORED, LedgerState.QUARANTINED, LedgerState.DEAD_LETTER)) {
            assertThat(channels.running.ledger.entriesIn(state))
                    .as("%s rows without a reason, %s", state, seed)
                    .filteredOn(entry -> entry.reason() == null || entry.reason().isBlank())
                    .extracting(BadInputAtVolumeTest::shortly)
                    .isEmpty();
        }
    }

    @Test
    void theGatewayIsHealthyAndTheLedgerCheckFindsNothingStuckOrUnaccounted() {
        HealthReport health = HealthReport.of(channels.gateway);
        assertThat(health.status()).as("health %s, %s", health.body(), seed).isEqualTo("UP");
        LedgerReport report = report();
        assertThat(report.stuck()).as("stuck rows, %s", seed).isEmpty();
        assertThat(report.unaccounted()).as("unaccounted rows, %s", seed).isEmpty();
        assertThat(report.healthy()).isTrue();
    }

    private static void sendAll() {
        new BadInputs(seed, HTTP_INPUTS, MAILS, channels::url).generate(BadInputAtVolumeTest::send,
                mail -> outcomes.mailed(mail, storedInMailbox(mail.raw())));
    }

    private static void send(BadInput input) {
        long sent = System.nanoTime();
        try {
            outcomes.answered(input, TestGateway.send(input.request()), Duration.ofNanos(System.nanoTime() - sent));
        } catch (UncheckedIOException | IllegalStateException e) {
            outcomes.failed(input, e);
        }
    }

    /** GreenMail's own MIME parser gives up on some mail (or recurses too deep): that mail never reaches us. */
    private static boolean storedInMailbox(byte[] raw) {
        try {
            return channels.mail.tryDeliver(raw);
        } catch (StackOverflowError greenMailParser) {
            return false;
        }
    }

    private static LedgerReport report() {
        return channels.gateway.store().report(Instant.now());
    }

    private static long expectedRows() {
        return outcomes.accepted().values().stream().mapToLong(Integer::longValue).sum();
    }

    private static long inFlight(LedgerReport report) {
        return report.counts().stream().filter(count -> !count.state().terminal())
                .mapToLong(LedgerReport.Count::count).sum();
    }

    private static Map<String, Long> rowsPerChannel(LedgerReport report) {
        return report.counts().stream().collect(Collectors.groupingBy(LedgerReport.Count::channelId, TreeMap::new,
                Collectors.summingLong(LedgerReport.Count::count)));
    }

    private static String shortly(JournalEntry entry) {
        return printable(entry.channelId() + " " + entry.id() + " " + entry.state() + " (" + entry.reason() + ") since "
                + entry.updatedAt() + ": " + new String(entry.raw(), 0, Math.min(entry.raw().length, 300),
                StandardCharsets.UTF_8));
    }

    /** The run's figures, for the lead and docs/RELIABILITY.md: answers per kind, rows per state, reasons by class. */
    private static String figures(Duration sending, Duration total) {
        LedgerReport report = report();
        Map<String, Long> states = new TreeMap<>();
        report.counts().forEach(count -> states.merge(count.channelId() + " " + count.state(), count.count(), Long::sum));
        Map<String, Long> reasons = new TreeMap<>();
        List<String> mapperFailures = new ArrayList<>();
        for (LedgerState state : List.of(LedgerState.IGNORED, LedgerState.QUARANTINED, LedgerState.DEAD_LETTER)) {
            for (JournalEntry entry : channels.running.ledger.entriesIn(state)) {
                reasons.merge(state + " " + reasonClass(entry.reason()), 1L, Long::sum);
                if (entry.reason() != null && entry.reason().startsWith(MAPPER_FAILURE)) {
                    mapperFailures.add(shortly(entry));
                }
            }
        }
        StringBuilder text = new StringBuilder("Bad input at volume, " + seed + "\n");
        text.append("inputs ").append(outcomes.inputs()).append(", accepted ").append(outcomes.accepted())
                .append(", sent in ").append(sending.toMillis()).append(" ms, all terminal after ")
                .append(total.toMillis()).append(" ms, slowest answer ").append(outcomes.slowest().toMillis())
                .append(" ms\nanswers per channel and kind:\n").append(outcomes.table())
                .append("rows per channel and state:\n");
        states.forEach((key, count) -> text.append(String.format("  %-32s %d%n", key, count)));
        text.append("reasons by class:\n");
        reasons.forEach((key, count) -> text.append(String.format("  %-60s %d%n", key, count)));
        // quarantined all the same, but a mapper threw: worth a look, so each is shown with the start of its bytes
        text.append("mapper failures:\n");
        mapperFailures.forEach(failure -> text.append("  ").append(failure).append('\n'));
        return text.toString();
    }

    /**
     * A reason up to its first colon or digit: "not JSON: Unexpected character ..." is of class "not JSON"; a mapper's
     * failure keeps the exception's name.
     */
    private static String reasonClass(String reason) {
        if (reason == null) {
            return "(none)";
        }
        String head = reason.startsWith(MAPPER_FAILURE) ? reason : reason.split("[:\\d]", 2)[0].strip();
        return printable(head.length() > 55 ? head.substring(0, 55) : head);
    }

    /** Control characters escaped: a NUL in a reason would cut the test's captured output short. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(Character.isISOControl(c) || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }
}
