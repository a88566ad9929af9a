package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.complaintgateway.routes.testing.TestClock;
import org.complaintgateway.routes.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rule: what the gateway sends to customers is recorded once per idempotency key, held by one worker at a time,
 * and ends SENT or FAILED with the reason, the same on every database. Subclasses supply the database; each test gets
 * a fresh one.
 */
abstract class OutboundStoreContract {

    static final Duration LEASE = Duration.ofMinutes(2);

    final TestClock clock = TestClock.at("2026-03-14T10:00:00Z");
    private final List<JdbcStore> opened = new ArrayList<>();
    private TestDatabase database;
    JdbcStore ledger;
    OutboundStore outbound;

    /** A fresh, empty database for one test. */
    abstract TestDatabase freshDatabase();

    @BeforeEach
    void openStore() {
        database = freshDatabase();
        ledger = open();
        outbound = ledger.outbound();
    }

    @AfterEach
    void closeStores() {
        opened.forEach(JdbcStore::close);
    }

    /** Another store on this test's database: a second gateway instance. */
    private JdbcStore open() {
        JdbcStore store = JdbcStore.open(database.settings(), "RC", clock);
        opened.add(store);
        return store;
    }

    /** A message journaled and queued as a complaint: what outbound messages answer. */
    String complaint() {
        String id = ledger.append(new NewMessage("bot", "telegram", "ext-" + UUID.randomUUID(), null, "application/json",
                bytes("{\"text\":\"my parcel is late\"}"))).entry().id();
        ledger.enqueue(id, bytes("{\"id\":\"" + id + "\"}"));
        return id;
    }

    static NewOutbound reply(String complaintId, String key, String text) {
        return new NewOutbound(complaintId, OutboundKind.REPLY, "bot", "telegram", key,
                bytes("{\"text\":\"" + text + "\"}"));
    }

    OutboundMessage enqueued(String complaintId) {
        return outbound.enqueue(reply(complaintId, "key-" + UUID.randomUUID(), "We are on it, Ana Example.")).message();
    }

    OutboundMessage stored(String id) {
        return outbound.find(id).orElseThrow();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEnqueuedMessageIsQueuedWithATimeOrderedIdAndReadBackWhole() {
        String complaint = complaint();

        OutboundOutcome outcome = outbound.enqueue(reply(complaint, "reply-1", "We are on it."));

        OutboundMessage message = outcome.message();
        assertThat(outcome.existing()).isFalse();
        assertThat(UUID.fromString(message.id()).version()).isEqualTo(7);
        assertThat(stored(message.id())).satisfies(found -> {
            assertThat(found.complaintId()).isEqualTo(complaint);
            assertThat(found.kind()).isEqualTo(OutboundKind.REPLY);
            assertThat(found.channelId()).isEqualTo("bot");
            assertThat(found.channelType()).isEqualTo("telegram");
            assertThat(found.idempotencyKey()).isEqualTo("reply-1");
            assertThat(found.payload()).isEqualTo(bytes("{\"text\":\"We are on it.\"}"));
            assertThat(found.state()).isEqualTo(OutboundState.QUEUED);
            assertThat(found.attempts()).isZero();
            assertThat(found.reason()).isNull();
            assertThat(found.providerMessageId()).isNull();
            assertThat(found.createdAt()).isEqualTo(clock.instant()).isEqualTo(message.createdAt());
            assertThat(found.updatedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(outbound.find(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void theMessagesOfAComplaintAreListedOldestFirstAndOnlyTheirs() {
        String complaint = complaint();
        String other = complaint();
        String first = enqueued(complaint).id();
        clock.advance(Duration.ofSeconds(1));
        enqueued(other);
        String second = outbound.enqueue(new NewOutbound(complaint, OutboundKind.ACKNOWLEDGMENT, "bot", "telegram",
                "ack", bytes("{}"))).message().id();

        assertThat(outbound.ofComplaint(complaint)).extracting(OutboundMessage::id).containsExactly(first, second);
        assertThat(outbound.ofComplaint(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void aSecondEnqueueWithTheSameKeyReturnsTheFirstMessageWhateverItsPayload() {
        String complaint = complaint();
        OutboundMessage first = outbound.enqueue(reply(complaint, "reply-1", "first words")).message();
        clock.advance(Duration.ofSeconds(5));

        OutboundOutcome again = outbound.enqueue(reply(complaint, "reply-1", "other words"));

        assertThat(again.existing()).isTrue();
        assertThat(again.message().id()).isEqualTo(first.id());
        assertThat(again.message().payload()).isEqualTo(bytes("{\"text\":\"first words\"}"));
        assertThat(outbound.ofComplaint(complaint)).hasSize(1);
    }

    @Test
    void theSameKeyOnAnotherComplaintIsAnotherMessage() {
        OutboundMessage mine = outbound.enqueue(reply(complaint(), "reply-1", "hello")).message();

        OutboundOutcome theirs = outbound.enqueue(reply(complaint(), "reply-1", "hello"));

        assertThat(theirs.existing()).isFalse();
        assertThat(theirs.message().id()).isNotEqualTo(mine.id());
    }

    @Test
    void concurrentEnqueuesWithOneKeyRecordOneMessage() throws Exception {
        String complaint = complaint();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        Callable<OutboundOutcome> enqueue = () -> {
            start.await();
            return outbound.enqueue(reply(complaint, "double-click", "hello"));
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<OutboundOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(enqueue));
            }
            start.countDown();
            List<OutboundOutcome> outcomes = new ArrayList<>();
            for (Future<OutboundOutcome> future : futures) {
                outcomes.add(future.get());
            }

            assertThat(outcomes).filteredOn(o -> !o.existing()).hasSize(1);
            assertThat(outcomes).extracting(o -> o.message().id()).containsOnly(outcomes.get(0).message().id());
            assertThat(outbound.ofComplaint(complaint)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIdempotencyKeyOfMoreThanTwoHundredCharactersIsRefusedBeforeTheDatabase() {
        String complaint = complaint();

        assertThatThrownBy(() -> outbound.enqueue(reply(complaint, "k".repeat(201), "hello")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
        assertThat(outbound.enqueue(reply(complaint, "k".repeat(200), "hello")).existing()).isFalse();
    }

    @Test
    void dueMessagesAreClaimedOldestFirstUpToTheLimit() {
        String complaint = complaint();
        List<String> ids = IntStream.range(0, 3).mapToObj(i -> {
            clock.advance(Duration.ofSeconds(1));
            return enqueued(complaint).id();
        }).toList();

        assertThat(outbound.claimDue(clock.instant(), 2, LEASE)).extracting(OutboundMessage::id)
                .containsExactly(ids.get(0), ids.get(1));
        assertThat(outbound.claimDue(clock.instant(), 2, LEASE)).extracting(OutboundMessage::id)
                .containsExactly(ids.get(2));
    }

    @Test
    void aMessageIsNotClaimedBeforeItIsDue() {
        String id = enqueued(complaint()).id();

        assertThat(outbound.claimDue(clock.instant().minusSeconds(1), 10, LEASE)).isEmpty();
        assertThat(outbound.claimDue(clock.instant(), 10, LEASE)).extracting(OutboundMessage::id).containsExactly(id);
    }

    @Test
    void aClaimedMessageIsNotClaimedAgainUntilItsLeaseRunsOut() {
        String id = enqueued(complaint()).id();
        Instant now = clock.instant();

        assertThat(outbound.claimDue(now, 10, LEASE)).hasSize(1);
        assertThat(outbound.claimDue(now, 10, LEASE)).isEmpty();
        assertThat(outbound.claimDue(now.plus(LEASE).minusSeconds(1), 10, LEASE)).isEmpty();
        assertThat(outbound.claimDue(now.plus(LEASE).plusSeconds(1), 10, LEASE)).extracting(OutboundMessage::id)
                .containsExactly(id);
    }

    @Test
    void claimsFromTwoGatewaysNeverOverlap() throws Exception {
        String complaint = complaint();
        List<String> ids = IntStream.range(0, 30).mapToObj(i -> enqueued(complaint).id()).toList();
        OutboundStore other = open().outbound();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> mine = pool.submit(() -> drain(outbound));
            Future<List<String>> theirs = pool.submit(() -> drain(other));

            List<String> all = new ArrayList<>(mine.get());
            all.addAll(theirs.get());
            assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> drain(OutboundStore gateway) {
        List<String> claimed = new ArrayList<>();
        List<OutboundMessage> batch;
        do {
            batch = gateway.claimDue(clock.instant(), 3, LEASE);
            batch.forEach(message -> claimed.add(message.id()));
        } while (!batch.isEmpty());
        return claimed;
    }

    @Test
    void retryLaterCountsTheAttemptKeepsTheErrorAndReleasesTheClaimUntilTheNextTry() {
        String id = enqueued(complaint()).id();
        outbound.claimDue(clock.instant(), 10, LEASE);
        Instant next = clock.instant().plusSeconds(30);

        outbound.retryLater(id, next, "429 Too Many Requests");

        assertThat(stored(id)).satisfies(message -> {
            assertThat(message.state()).isEqualTo(OutboundState.QUEUED);
            assertThat(message.attempts()).isEqualTo(1);
            assertThat(message.reason()).isEqualTo("429 Too Many Requests");
        });
        assertThat(outbound.claimDue(next.minusSeconds(1), 10, LEASE)).isEmpty();
        assertThat(outbound.claimDue(next, 10, LEASE)).extracting(OutboundMessage::id).containsExactly(id);
    }

    @Test
    void aLongErrorIsKeptToTwoKilobytes() {
        String id = enqueued(complaint()).id();

        outbound.retryLater(id, clock.instant(), "é".repeat(3000));

        assertThat(stored(id).reason()).hasSize(1024);
    }

    @Test
    void sentRecordsTheProviderIdCountsTheAttemptAndIsNeverClaimedAgain() {
        String id = enqueued(complaint()).id();
        outbound.claimDue(clock.instant(), 10, LEASE);
        outbound.retryLater(id, clock.instant(), "timeout");
        clock.advance(Duration.ofSeconds(3));

        outbound.sent(id, "4711");

        assertThat(stored(id)).satisfies(message -> {
            assertThat(message.state()).isEqualTo(OutboundState.SENT);
            assertThat(message.providerMessageId()).isEqualTo("4711");
            assertThat(message.attempts()).isEqualTo(2);
            assertThat(message.reason()).isNull();
            assertThat(message.updatedAt()).isEqualTo(clock.instant());
        });
        assertThat(outbound.claimDue(clock.instant().plus(LEASE).plusSeconds(1), 10, LEASE)).isEmpty();
    }

    @Test
    void aSecondSentKeepsTheFirstProviderId() {
        String id = enqueued(complaint()).id();
        outbound.sent(id, "4711");

        outbound.sent(id, "4712");

        assertThat(stored(id).providerMessageId()).isEqualTo("4711");
        assertThat(stored(id).attempts()).isEqualTo(1);
    }

    @Test
    void failedKeepsTheReasonCountsTheAttemptAndIsNeverClaimedAgain() {
        String id = enqueued(complaint()).id();
        outbound.claimDue(clock.instant(), 10, LEASE);

        outbound.failed(id, "403 bot was blocked by the user");

        assertThat(stored(id)).satisfies(message -> {
            assertThat(message.state()).isEqualTo(OutboundState.FAILED);
            assertThat(message.reason()).isEqualTo("403 bot was blocked by the user");
            assertThat(message.attempts()).isEqualTo(1);
        });
        assertThat(outbound.claimDue(clock.instant().plus(LEASE).plusSeconds(1), 10, LEASE)).isEmpty();
    }

    @Test
    void retryAndFailureChangeNothingOnceAMessageIsSent() {
        String id = enqueued(complaint()).id();
        outbound.sent(id, "4711");

        outbound.retryLater(id, clock.instant(), "timeout");
        outbound.failed(id, "gave up");

        assertThat(stored(id)).satisfies(message -> {
            assertThat(message.state()).isEqualTo(OutboundState.SENT);
            assertThat(message.attempts()).isEqualTo(1);
            assertThat(message.reason()).isNull();
        });
    }

    @Test
    void aSendThatSucceedsAfterAnotherWorkerGaveUpIsRecordedAsSent() {
        String id = enqueued(complaint()).id();
        outbound.failed(id, "lease ran out, retries exhausted");

        outbound.sent(id, "4711");

        assertThat(stored(id)).satisfies(message -> {
            assertThat(message.state()).isEqualTo(OutboundState.SENT);
            assertThat(message.providerMessageId()).isEqualTo("4711");
            assertThat(message.reason()).isNull();
        });
    }

    @Test
    void theComplaintOfASentMessageIsFoundByItsProviderIdOnItsChannelType() {
        String complaint = complaint();
        String sent = enqueued(complaint).id();
        outbound.sent(sent, "<reply-1@gateway.example>");

        assertThat(outbound.complaintOfSent("telegram", "<reply-1@gateway.example>")).contains(complaint);
        assertThat(outbound.complaintOfSent("email", "<reply-1@gateway.example>")).isEmpty();
        assertThat(outbound.complaintOfSent("telegram", "<unknown@gateway.example>")).isEmpty();
    }

    @Test
    void reportCountsMessagesPerChannelAndState() {
        String complaint = complaint();
        enqueued(complaint);
        outbound.sent(enqueued(complaint).id(), "1");
        outbound.failed(enqueued(complaint).id(), "400 chat not found");
        outbound.enqueue(new NewOutbound(complaint, OutboundKind.ACKNOWLEDGMENT, "site-form", "webform", "ack",
                bytes("{}")));

        assertThat(outbound.report(clock.instant()).counts()).containsExactly(
                new OutboundReport.Count("bot", OutboundState.FAILED, 1),
                new OutboundReport.Count("bot", OutboundState.QUEUED, 1),
                new OutboundReport.Count("bot", OutboundState.SENT, 1),
                new OutboundReport.Count("site-form", OutboundState.QUEUED, 1));
    }

    @Test
    void reportListsQueuedMessagesUntouchedSinceTheThresholdOldestFirst() {
        String complaint = complaint();
        String older = enqueued(complaint).id();
        outbound.retryLater(older, clock.instant().plusSeconds(1), "connection refused");
        clock.advance(Duration.ofSeconds(1));
        String newer = enqueued(complaint).id();
        outbound.sent(enqueued(complaint).id(), "1");
        Instant threshold = clock.instant().plusSeconds(1);
        clock.advance(Duration.ofMinutes(10));
        String recent = enqueued(complaint).id();

        OutboundReport report = outbound.report(threshold);

        assertThat(report.stuck()).extracting(OutboundReport.Stuck::id).containsExactly(older, newer)
                .doesNotContain(recent);
        assertThat(report.stuck().get(0)).isEqualTo(new OutboundReport.Stuck(older, "bot", 1, "connection refused",
                threshold.minusSeconds(2)));
    }

    @Test
    void queuedMessagesSurviveCloseAndReopen() {
        String id = enqueued(complaint()).id();
        ledger.close();
        opened.remove(ledger);

        OutboundStore reopened = open().outbound();

        assertThat(reopened.claimDue(clock.instant(), 10, LEASE)).extracting(OutboundMessage::id).containsExactly(id);
    }
}
