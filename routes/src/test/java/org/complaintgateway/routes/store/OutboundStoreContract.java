package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * and ends SENT or FAILED with the reason, or is recorded SKIPPED and never sent; every complaint of an acknowledging
 * channel is found until it has an acknowledgment, and only acknowledgments that reach a recipient count against its
 * limit; the same on every database. Subclasses supply the database; each test gets a fresh one.
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
        return complaintOn("bot");
    }

    String complaintOn(String channelId) {
        String id = received(channelId, null);
        ledger.enqueue(id, bytes("{\"id\":\"" + id + "\"}"));
        return id;
    }

    /** Journaled only (RECEIVED); with a dedupe key, a second one with the same key is a DUPLICATE. */
    String received(String channelId, String dedupeKey) {
        return ledger.append(new NewMessage(channelId, "telegram", "ext-" + UUID.randomUUID(), dedupeKey,
                "application/json", bytes("{\"text\":\"my parcel is late\"}"))).entry().id();
    }

    static NewOutbound acknowledgment(String complaintId, String channelId, String recipient) {
        return new NewOutbound(complaintId, OutboundKind.ACKNOWLEDGMENT, channelId, "telegram", "ack-" + UUID.randomUUID(),
                bytes("{\"text\":\"We have your complaint.\"}"), recipient);
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

    @Test
    void aSkippedMessageIsRecordedWithItsReasonAndNoAttempt() {
        String complaint = complaint();

        OutboundOutcome outcome = outbound.skip(acknowledgment(complaint, "bot", "noreply@example.com"), "no-reply address");

        assertThat(outcome.existing()).isFalse();
        assertThat(stored(outcome.message().id())).satisfies(found -> {
            assertThat(found.complaintId()).isEqualTo(complaint);
            assertThat(found.kind()).isEqualTo(OutboundKind.ACKNOWLEDGMENT);
            assertThat(found.state()).isEqualTo(OutboundState.SKIPPED);
            assertThat(found.reason()).isEqualTo("no-reply address");
            assertThat(found.attempts()).isZero();
            assertThat(found.providerMessageId()).isNull();
            assertThat(found.createdAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void aSecondSkipOrEnqueueWithTheSameKeyReturnsTheSkippedMessage() {
        String complaint = complaint();
        NewOutbound ack = acknowledgment(complaint, "bot", "+15550000001");
        OutboundMessage skipped = outbound.skip(ack, "too many acknowledgments to one recipient").message();

        OutboundOutcome skippedAgain = outbound.skip(ack, "another reason");
        OutboundOutcome enqueued = outbound.enqueue(ack);

        assertThat(skippedAgain.existing()).isTrue();
        assertThat(skippedAgain.message().id()).isEqualTo(skipped.id());
        assertThat(skippedAgain.message().reason()).isEqualTo("too many acknowledgments to one recipient");
        assertThat(enqueued.existing()).isTrue();
        assertThat(enqueued.message().state()).isEqualTo(OutboundState.SKIPPED);
        assertThat(outbound.ofComplaint(complaint)).hasSize(1);
    }

    @Test
    void aSkipAfterAnEnqueueWithTheSameKeyReturnsTheQueuedMessage() {
        String complaint = complaint();
        NewOutbound ack = acknowledgment(complaint, "bot", "+15550000001");
        String queued = outbound.enqueue(ack).message().id();

        OutboundOutcome skipped = outbound.skip(ack, "no-reply address");

        assertThat(skipped.existing()).isTrue();
        assertThat(skipped.message().id()).isEqualTo(queued);
        assertThat(stored(queued).state()).isEqualTo(OutboundState.QUEUED);
    }

    @Test
    void aSkippedMessageIsNeverClaimedNorReportedStuckButIsCounted() {
        String id = outbound.skip(acknowledgment(complaint(), "bot", "+15550000001"), "no-reply address").message().id();
        Instant muchLater = clock.instant().plus(Duration.ofDays(1));

        assertThat(outbound.claimDue(muchLater, 10, LEASE)).isEmpty();
        OutboundReport report = outbound.report(muchLater);
        assertThat(report.stuck()).isEmpty();
        assertThat(report.counts()).containsExactly(new OutboundReport.Count("bot", OutboundState.SKIPPED, 1));
        assertThat(stored(id).state()).isEqualTo(OutboundState.SKIPPED);
    }

    @Test
    void sendingOutcomesChangeNothingOnASkippedMessage() {
        String id = outbound.skip(acknowledgment(complaint(), "bot", "+15550000001"), "no-reply address").message().id();

        outbound.sent(id, "4711");
        outbound.retryLater(id, clock.instant(), "timeout");
        outbound.failed(id, "gave up");

        assertThat(stored(id)).satisfies(message -> {
            assertThat(message.state()).isEqualTo(OutboundState.SKIPPED);
            assertThat(message.reason()).isEqualTo("no-reply address");
            assertThat(message.attempts()).isZero();
            assertThat(message.providerMessageId()).isNull();
        });
    }

    @Test
    void aLongSkipReasonIsKeptToTwoKilobytes() {
        String id = outbound.skip(acknowledgment(complaint(), "bot", null), "é".repeat(3000)).message().id();

        assertThat(stored(id).reason()).hasSize(1024);
    }

    @Test
    void unacknowledgedComplaintsOfTheGivenChannelsAreListedOldestFirst() {
        Instant since = clock.instant();
        String first = complaintOn("bot");
        clock.advance(Duration.ofSeconds(1));
        String second = complaintOn("site-form");
        clock.advance(Duration.ofSeconds(1));
        complaintOn("support-mail");
        String third = complaintOn("bot");

        assertThat(outbound.unacknowledged(Set.of("bot", "site-form"), since, 10))
                .containsExactly(first, second, third);
    }

    @Test
    void unacknowledgedComplaintsAreListedUpToTheLimit() {
        Instant since = clock.instant();
        List<String> ids = IntStream.range(0, 3).mapToObj(i -> {
            clock.advance(Duration.ofSeconds(1));
            return complaint();
        }).toList();

        assertThat(outbound.unacknowledged(Set.of("bot"), since, 2)).containsExactly(ids.get(0), ids.get(1));
    }

    @Test
    void complaintsReceivedBeforeSinceAreNotUnacknowledged() {
        complaint();
        clock.advance(Duration.ofMinutes(10));
        Instant since = clock.instant();
        String atSince = complaint();

        assertThat(outbound.unacknowledged(Set.of("bot"), since, 10)).containsExactly(atSince);
    }

    @Test
    void onlyMessagesThatBecameComplaintsAreUnacknowledged() {
        Instant since = clock.instant();
        String queued = complaint();
        String forwarded = complaint();
        ledger.claim(forwarded, LEASE);
        ledger.delivered(forwarded, 201);
        String deadLettered = complaint();
        ledger.claim(deadLettered, LEASE);
        ledger.deadLetter(deadLettered, "downstream rejected: 422", 422, "{}");
        received("bot", null);
        ledger.finish(received("bot", null), LedgerState.IGNORED, "auto-reply");
        ledger.finish(received("bot", null), LedgerState.QUARANTINED, "unparseable");
        String original = received("bot", "update-42");
        ledger.enqueue(original, bytes("{}"));
        assertThat(ledger.append(new NewMessage("bot", "telegram", "ext-dup", "update-42", "application/json",
                bytes("{}"))).duplicate()).isTrue();

        assertThat(outbound.unacknowledged(Set.of("bot"), since, 10))
                .containsExactly(queued, forwarded, deadLettered, original);
    }

    @Test
    void aComplaintWithAnAcknowledgmentInAnyStateIsNotUnacknowledged() {
        Instant since = clock.instant();
        outbound.enqueue(acknowledgment(complaint(), "bot", "+15550000001"));
        String sent = outbound.enqueue(acknowledgment(complaint(), "bot", "+15550000002")).message().id();
        outbound.sent(sent, "4711");
        String failed = outbound.enqueue(acknowledgment(complaint(), "bot", "+15550000003")).message().id();
        outbound.failed(failed, "403 bot was blocked by the user");
        outbound.skip(acknowledgment(complaint(), "bot", "noreply@example.com"), "no-reply address");
        String repliedOnly = complaint();
        outbound.enqueue(reply(repliedOnly, "reply-1", "We are on it."));
        String untouched = complaint();

        assertThat(outbound.unacknowledged(Set.of("bot"), since, 10)).containsExactly(repliedOnly, untouched);
    }

    @Test
    void noChannelsHaveNoUnacknowledgedComplaints() {
        Instant since = clock.instant();
        complaint();

        assertThat(outbound.unacknowledged(Set.of(), since, 10)).isEmpty();
    }

    @Test
    void acknowledgmentsToARecipientCountQueuedAndSentOnesOnItsChannelOnly() {
        Instant since = clock.instant();
        String complaint = complaint();
        outbound.enqueue(acknowledgment(complaint, "bot", "+15550000001"));
        outbound.sent(outbound.enqueue(acknowledgment(complaint, "bot", "+15550000001")).message().id(), "4711");
        outbound.failed(outbound.enqueue(acknowledgment(complaint, "bot", "+15550000001")).message().id(), "400");
        outbound.skip(acknowledgment(complaint, "bot", "+15550000001"), "too many acknowledgments to one recipient");
        outbound.enqueue(acknowledgment(complaint, "bot", "+15550000002"));
        outbound.enqueue(acknowledgment(complaint, "other-bot", "+15550000001"));
        outbound.enqueue(new NewOutbound(complaint, OutboundKind.REPLY, "bot", "telegram", "reply-1", bytes("{}"),
                "+15550000001"));

        assertThat(outbound.acknowledgmentsTo("bot", "+15550000001", since)).isEqualTo(2);
        assertThat(outbound.acknowledgmentsTo("bot", "+15550000002", since)).isEqualTo(1);
        assertThat(outbound.acknowledgmentsTo("other-bot", "+15550000001", since)).isEqualTo(1);
        assertThat(outbound.acknowledgmentsTo("bot", "+15550000009", since)).isZero();
    }

    @Test
    void acknowledgmentsToARecipientCountOnlyThoseRecordedSinceSince() {
        String complaint = complaint();
        Instant anHourAgo = clock.instant();
        outbound.enqueue(acknowledgment(complaint, "bot", "ana@example.com"));
        clock.advance(Duration.ofHours(1));
        Instant now = clock.instant();
        outbound.enqueue(acknowledgment(complaint, "bot", "ana@example.com"));

        assertThat(outbound.acknowledgmentsTo("bot", "ana@example.com", anHourAgo)).isEqualTo(2);
        assertThat(outbound.acknowledgmentsTo("bot", "ana@example.com", now)).isEqualTo(1);
        assertThat(outbound.acknowledgmentsTo("bot", "ana@example.com", now.plusSeconds(1))).isZero();
    }

    @Test
    void acknowledgmentsWithoutARecipientAreCountedForNoOne() {
        Instant since = clock.instant();
        outbound.enqueue(acknowledgment(complaint(), "bot", null));

        assertThat(outbound.acknowledgmentsTo("bot", null, since)).isZero();
    }

    @Test
    void anOverlongRecipientIsStoredCutAndCountedTheSameWay() {
        Instant since = clock.instant();
        String recipient = "a".repeat(5000) + "@example.com";
        outbound.enqueue(acknowledgment(complaint(), "bot", recipient));

        assertThat(outbound.acknowledgmentsTo("bot", recipient, since)).isEqualTo(1);
    }
}
