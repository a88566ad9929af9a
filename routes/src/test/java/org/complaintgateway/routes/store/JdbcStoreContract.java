package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
 * The rule: the ledger behaves the same on every database it runs on. Every message gets exactly one row
 * and one protocol number, a dedupe key lets one message through, an outbox item has one holder at a time,
 * and nothing committed is lost. Subclasses supply the database; each test gets a fresh one.
 */
abstract class JdbcStoreContract {

    static final Duration LEASE = Duration.ofMinutes(5);
    static final String PREFIX = "RC";

    final TestClock clock = TestClock.at("2026-03-14T10:00:00Z");
    private final List<JdbcStore> opened = new ArrayList<>();
    private TestDatabase database;
    JdbcStore store;

    /** A fresh, empty database for one test. */
    abstract TestDatabase freshDatabase();

    /** A store and a way to take its database away, as a crash or a network cut would. */
    abstract Severable severableStore();

    record Severable(JdbcStore store, Runnable cut) {
    }

    @BeforeEach
    void openStore() {
        database = freshDatabase();
        store = open();
    }

    @AfterEach
    void closeStores() {
        opened.forEach(JdbcStore::close);
    }

    /** Another store on this test's database: a restart, or a second gateway instance. */
    JdbcStore open() {
        return track(JdbcStore.open(database.settings(), PREFIX, clock));
    }

    JdbcStore track(JdbcStore opened) {
        this.opened.add(opened);
        return opened;
    }

    static NewMessage message(String channelId, String dedupeKey) {
        return new NewMessage(channelId, "webform", "ext-" + UUID.randomUUID(), dedupeKey, "application/json",
                "{\"text\":\"my parcel is late\"}".getBytes(StandardCharsets.UTF_8));
    }

    JournalEntry received() {
        return store.append(message("site-form", null)).entry();
    }

    String queued() {
        String id = received().id();
        store.enqueue(id, "{\"id\":\"complaint\"}".getBytes(StandardCharsets.UTF_8));
        return id;
    }

    LedgerState stateOf(String id) {
        return store.find(id).orElseThrow().state();
    }

    @Test
    void appendCommitsAReceivedRowWithATimeOrderedIdAndAProtocolNumber() {
        JournalResult result = store.append(message("site-form", null));

        JournalEntry entry = result.entry();
        assertThat(result.duplicate()).isFalse();
        assertThat(UUID.fromString(entry.id()).version()).isEqualTo(7);
        assertThat(entry.protocolNumber()).matches(ProtocolNumbers.pattern(PREFIX)).startsWith("RC-2026-");
        assertThat(entry.state()).isEqualTo(LedgerState.RECEIVED);
        assertThat(entry.receivedAt()).isEqualTo(clock.instant());
        assertThat(store.find(entry.id())).hasValueSatisfying(found -> {
            assertThat(found.protocolNumber()).isEqualTo(entry.protocolNumber());
            assertThat(found.raw()).isEqualTo(entry.raw());
            assertThat(found.externalKey()).isEqualTo(entry.externalKey());
            assertThat(found.receivedAt()).isEqualTo(entry.receivedAt());
        });
    }

    @Test
    void protocolNumbersFollowEachOtherWithinAYear() {
        List<String> numbers = IntStream.range(0, 3).mapToObj(i -> received().protocolNumber()).toList();

        assertThat(numbers).containsExactly("RC-2026-000001", "RC-2026-000002", "RC-2026-000003");
    }

    @Test
    void protocolSequenceRestartsWhenTheUtcYearChanges() {
        TestClock newYearsEve = TestClock.at("2026-12-31T23:59:59Z");
        JdbcStore atYearEnd = track(JdbcStore.open(database.settings(), PREFIX, newYearsEve));

        String lastOf2026 = atYearEnd.append(message("site-form", null)).entry().protocolNumber();
        newYearsEve.advance(Duration.ofSeconds(2));
        String firstOf2027 = atYearEnd.append(message("site-form", null)).entry().protocolNumber();

        assertThat(lastOf2026).isEqualTo("RC-2026-000001");
        assertThat(firstOf2027).isEqualTo("RC-2027-000001");
    }

    @Test
    void secondMessageWithADedupeKeyIsRecordedAsDuplicateAndTheOriginalReturned() {
        JournalEntry original = store.append(message("bot", "update-42")).entry();

        JournalResult again = store.append(message("bot", "update-42"));

        assertThat(again.duplicate()).isTrue();
        assertThat(again.entry().id()).isEqualTo(original.id());
        assertThat(again.entry().protocolNumber()).isEqualTo(original.protocolNumber());
        List<String> duplicates = store.inFlight(LedgerState.DUPLICATE, clock.instant().plusSeconds(1), 10);
        assertThat(duplicates).singleElement().satisfies(id -> {
            JournalEntry row = store.find(id).orElseThrow();
            assertThat(row.protocolNumber()).isNull();
            assertThat(row.reason()).isEqualTo("duplicate of " + original.id());
        });
    }

    @Test
    void sameDedupeKeyOnAnotherChannelIsANewMessage() {
        store.append(message("bot", "42"));

        JournalResult other = store.append(message("support-mail", "42"));

        assertThat(other.duplicate()).isFalse();
        assertThat(other.entry().channelId()).isEqualTo("support-mail");
    }

    @Test
    void aSharedDedupeScopeMakesTheSameKeyOnTwoChannelsOneMessage() {
        byte[] mail = "Message-ID: <a@example.com>\r\n\r\nhello".getBytes(StandardCharsets.UTF_8);
        JournalEntry first = store.append(new NewMessage("sales-mail", "email", "a@example.com", "a@example.com",
                "message/rfc822", mail, "email*")).entry();

        JournalResult second = store.append(new NewMessage("support-mail", "email", "a@example.com", "a@example.com",
                "message/rfc822", mail, "email*"));

        assertThat(second.duplicate()).isTrue();
        assertThat(second.entry().id()).isEqualTo(first.id());
    }

    @Test
    void followUpsFindTheFirstMessageWithAnExternalKeyThatBecameAComplaint() {
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        NewMessage mail = new NewMessage("support-mail", "email", "abc@example.com", null, "message/rfc822",
                new byte[] {'x'});
        AppendOutcome ignored = store.appendNormalized(mail,
                entry -> new Normalization.Finish(LedgerState.IGNORED, "auto-reply"), LEASE);
        clock.advance(Duration.ofSeconds(1));
        AppendOutcome complaint = store.appendNormalized(mail, entry -> new Normalization.Queue(json), LEASE);
        clock.advance(Duration.ofSeconds(1));
        store.appendNormalized(mail, entry -> new Normalization.Queue(json), LEASE);

        assertThat(store.complaintByExternalKey("email", "abc@example.com")).contains(complaint.entry().id());
        assertThat(store.complaintByExternalKey("webform", "abc@example.com")).isEmpty();
        assertThat(store.complaintByExternalKey("email", "other@example.com")).isEmpty();
        assertThat(store.complaintByProtocolNumber(complaint.entry().protocolNumber())).contains(complaint.entry().id());
        assertThat(store.complaintByProtocolNumber(ignored.entry().protocolNumber())).isEmpty();
    }

    @Test
    void expiredDedupeKeyLetsTheMessageInAgain() {
        JournalEntry first = store.append(message("bot", "update-42")).entry();
        clock.advance(Duration.ofDays(31));

        JournalResult later = store.append(message("bot", "update-42"));

        assertThat(later.duplicate()).isFalse();
        assertThat(later.entry().id()).isNotEqualTo(first.id());
        assertThat(store.append(message("bot", "update-42")).entry().id()).isEqualTo(later.entry().id());
    }

    @Test
    void concurrentAppendsWithOneDedupeKeyLetExactlyOneThrough() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        Callable<JournalResult> append = () -> {
            start.await();
            return store.append(message("bot", "update-7"));
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<JournalResult>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(append));
            }
            start.countDown();
            List<JournalResult> results = new ArrayList<>();
            for (Future<JournalResult> future : futures) {
                results.add(future.get());
            }

            assertThat(results).filteredOn(r -> !r.duplicate()).hasSize(1);
            assertThat(results).extracting(r -> r.entry().id()).containsOnly(results.get(0).entry().id());
            assertThat(store.report(clock.instant()).counts()).containsExactlyInAnyOrder(
                    new LedgerReport.Count("bot", LedgerState.RECEIVED, 1),
                    new LedgerReport.Count("bot", LedgerState.DUPLICATE, threads - 1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentNormalizedAppendsAreCommittedTogetherEachWithItsOwnOutcome() throws Exception {
        int threads = 16;
        int perThread = 25;
        CountDownLatch start = new CountDownLatch(1);
        byte[] json = {'{', '}'};
        Callable<List<AppendOutcome>> appendMany = () -> {
            start.await();
            List<AppendOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                // every thread also sends one key all the others send: exactly one of those may get through
                String key = i == 0 ? "shared" : UUID.randomUUID().toString();
                outcomes.add(store.appendNormalized(message("site-form", key), entry -> new Normalization.Queue(json), LEASE));
            }
            return outcomes;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<AppendOutcome>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(appendMany));
            }
            start.countDown();
            List<AppendOutcome> outcomes = new ArrayList<>();
            for (Future<List<AppendOutcome>> future : futures) {
                outcomes.addAll(future.get());
            }

            List<AppendOutcome> queued = outcomes.stream().filter(o -> !o.duplicate()).toList();
            assertThat(queued).hasSize(threads * perThread - (threads - 1));
            assertThat(queued).allSatisfy(o -> assertThat(o.claimed()).isPresent());
            assertThat(queued).extracting(o -> o.entry().protocolNumber()).doesNotHaveDuplicates();
            assertThat(store.report(clock.instant()).counts()).containsExactlyInAnyOrder(
                    new LedgerReport.Count("site-form", LedgerState.QUEUED, threads * perThread - (threads - 1)),
                    new LedgerReport.Count("site-form", LedgerState.DUPLICATE, threads - 1));
            assertThat(store.report(clock.instant()).unaccounted()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void enqueuedMessageIsClaimedAndBecomesForwardedOnDelivery() {
        String id = queued();
        assertThat(stateOf(id)).isEqualTo(LedgerState.QUEUED);

        List<OutboxItem> claimed = store.claimDue(clock.instant(), 10, LEASE);
        store.delivered(id, 201);

        assertThat(claimed).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(id);
            assertThat(item.protocolNumber()).isEqualTo(store.find(id).orElseThrow().protocolNumber());
            assertThat(item.channelId()).isEqualTo("site-form");
            assertThat(new String(item.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"complaint\"}");
            assertThat(item.attempts()).isZero();
        });
        assertThat(stateOf(id)).isEqualTo(LedgerState.FORWARDED);
        assertThat(store.claimDue(clock.instant().plus(LEASE).plusSeconds(1), 10, LEASE)).isEmpty();
    }

    @Test
    void theComplaintJsonIsThereWhileQueuedAndAfterDelivery() {
        String id = queued();
        byte[] json = "{\"id\":\"complaint\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(store.complaint(id)).hasValue(json);

        store.delivered(id, 201);

        assertThat(store.complaint(id)).hasValue(json);
    }

    @Test
    void aMessageThatDidNotBecomeAComplaintHasNoComplaintJson() {
        String received = received().id();
        String ignored = received().id();
        store.finish(ignored, LedgerState.IGNORED, "auto-reply");

        assertThat(store.complaint(received)).isEmpty();
        assertThat(store.complaint(ignored)).isEmpty();
        assertThat(store.complaint(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void appendNormalizedQueuesTheComplaintClaimedInOneStep() {
        byte[] json = "{\"id\":\"complaint\"}".getBytes(StandardCharsets.UTF_8);

        AppendOutcome outcome = store.appendNormalized(message("site-form", "k"), entry -> new Normalization.Queue(json), LEASE);

        assertThat(outcome.duplicate()).isFalse();
        assertThat(stateOf(outcome.entry().id())).isEqualTo(LedgerState.QUEUED);
        assertThat(outcome.claimed()).hasValueSatisfying(item -> {
            assertThat(item.id()).isEqualTo(outcome.entry().id());
            assertThat(item.protocolNumber()).isEqualTo(outcome.entry().protocolNumber());
            assertThat(item.payload()).isEqualTo(json);
        });
        assertThat(store.claimDue(clock.instant(), 10, LEASE)).isEmpty();
        assertThat(store.report(clock.instant()).unaccounted()).isEmpty();
    }

    @Test
    void appendNormalizedRecordsWhyAMessageIsNotDelivered() {
        AppendOutcome outcome = store.appendNormalized(message("site-form", null),
                entry -> new Normalization.Finish(LedgerState.IGNORED, "honeypot"), LEASE);

        assertThat(store.find(outcome.entry().id()).orElseThrow()).extracting(JournalEntry::state, JournalEntry::reason)
                .containsExactly(LedgerState.IGNORED, "honeypot");
        assertThat(outcome.claimed()).isEmpty();
    }

    @Test
    void appendNormalizedOfASeenKeyRecordsADuplicateAndQueuesNothing() {
        AppendOutcome first = store.appendNormalized(message("site-form", "k"),
                entry -> new Normalization.Queue(new byte[] {'{', '}'}), LEASE);

        AppendOutcome second = store.appendNormalized(message("site-form", "k"),
                entry -> new Normalization.Queue(new byte[] {'{', '}'}), LEASE);

        assertThat(second.duplicate()).isTrue();
        assertThat(second.entry().id()).isEqualTo(first.entry().id());
        assertThat(second.claimed()).isEmpty();
        assertThat(store.report(clock.instant()).counts()).containsExactlyInAnyOrder(
                new LedgerReport.Count("site-form", LedgerState.QUEUED, 1),
                new LedgerReport.Count("site-form", LedgerState.DUPLICATE, 1));
    }

    @Test
    void enqueueClaimedHandsTheItemToItsWorkerUntilTheLeaseRunsOut() {
        JournalEntry entry = received();
        byte[] json = "{\"id\":\"complaint\"}".getBytes(StandardCharsets.UTF_8);

        OutboxItem item = store.enqueueClaimed(entry, json, LEASE).orElseThrow();

        assertThat(item.id()).isEqualTo(entry.id());
        assertThat(item.protocolNumber()).isEqualTo(entry.protocolNumber());
        assertThat(item.channelId()).isEqualTo("site-form");
        assertThat(item.payload()).isEqualTo(json);
        assertThat(stateOf(entry.id())).isEqualTo(LedgerState.QUEUED);
        assertThat(store.claimDue(clock.instant(), 10, LEASE)).isEmpty();
        assertThat(store.claimDue(clock.instant().plus(LEASE).plusSeconds(1), 10, LEASE))
                .extracting(OutboxItem::id).containsExactly(entry.id());
    }

    @Test
    void enqueueClaimedIsANoOpUnlessTheMessageIsReceived() {
        JournalEntry entry = received();
        store.finish(entry.id(), LedgerState.IGNORED, "honeypot");

        assertThat(store.enqueueClaimed(entry, new byte[0], LEASE)).isEmpty();
        assertThat(store.report(clock.instant()).unaccounted()).isEmpty();
    }

    @Test
    void enqueueIsANoOpUnlessTheMessageIsReceived() {
        String id = queued();

        assertThat(store.enqueue(id, new byte[0])).isFalse();
        assertThat(store.enqueue("no-such-id", new byte[0])).isFalse();
    }

    @Test
    void dueItemsAreClaimedOldestFirst() {
        String first = queued();
        clock.advance(Duration.ofSeconds(1));
        String second = queued();

        List<OutboxItem> claimed = store.claimDue(clock.instant(), 10, LEASE);

        assertThat(claimed).extracting(OutboxItem::id).containsExactly(first, second);
    }

    @Test
    void claimedItemIsNotClaimedAgainUntilItsLeaseExpires() {
        String id = queued();
        Instant now = clock.instant();

        assertThat(store.claimDue(now, 10, LEASE)).hasSize(1);
        assertThat(store.claimDue(now, 10, LEASE)).isEmpty();
        assertThat(store.claimDue(now.plus(LEASE).minusSeconds(1), 10, LEASE)).isEmpty();
        assertThat(store.claimDue(now.plus(LEASE).plusSeconds(1), 10, LEASE)).extracting(OutboxItem::id)
                .containsExactly(id);
    }

    @Test
    void claimByIdTakesAFreshItemOnce() {
        String id = queued();

        assertThat(store.claim(id, LEASE)).hasValueSatisfying(item -> assertThat(item.id()).isEqualTo(id));
        assertThat(store.claim(id, LEASE)).isEmpty();
        assertThat(store.claimDue(clock.instant(), 10, LEASE)).isEmpty();
    }

    @Test
    void claimsFromTwoGatewaysNeverOverlap() throws Exception {
        List<String> ids = IntStream.range(0, 40).mapToObj(i -> queued()).toList();
        JdbcStore other = open();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> mine = pool.submit(() -> drain(store));
            Future<List<String>> theirs = pool.submit(() -> drain(other));

            List<String> all = new ArrayList<>(mine.get());
            all.addAll(theirs.get());
            assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> drain(JdbcStore gateway) {
        List<String> claimed = new ArrayList<>();
        List<OutboxItem> batch;
        do {
            batch = gateway.claimDue(clock.instant(), 3, LEASE);
            batch.forEach(item -> claimed.add(item.id()));
        } while (!batch.isEmpty());
        return claimed;
    }

    @Test
    void retryLaterCountsTheAttemptAndReleasesTheClaimUntilTheNextTry() {
        String id = queued();
        store.claim(id, LEASE);
        Instant next = clock.instant().plusSeconds(30);

        store.retryLater(id, next, "HTTP 503");

        assertThat(store.claimDue(next.minusSeconds(1), 10, LEASE)).isEmpty();
        assertThat(store.claimDue(next, 10, LEASE)).singleElement().satisfies(item -> {
            assertThat(item.attempts()).isEqualTo(1);
            assertThat(item.nextAttemptAt()).isEqualTo(next);
        });
        assertThat(stateOf(id)).isEqualTo(LedgerState.QUEUED);
    }

    @Test
    void deadLetterIsListedWithStatusAndAtMostFourKilobytesOfTheAnswer() {
        String id = queued();
        store.claim(id, LEASE);
        String hugeBody = "x".repeat(10_000);

        store.deadLetter(id, "downstream rejected: 422", 422, hugeBody);

        assertThat(stateOf(id)).isEqualTo(LedgerState.DEAD_LETTER);
        assertThat(store.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.id()).isEqualTo(id);
            assertThat(letter.reason()).isEqualTo("downstream rejected: 422");
            assertThat(letter.lastStatus()).isEqualTo(422);
            assertThat(letter.lastResponse()).hasSize(JdbcStore.RESPONSE_BYTES);
            assertThat(letter.attempts()).isEqualTo(1);
            assertThat(letter.failedAt()).isEqualTo(clock.instant());
        });
        assertThat(store.claimDue(clock.instant().plus(LEASE).plusSeconds(1), 10, LEASE)).isEmpty();
    }

    @Test
    void replayQueuesADeadLetterAgainAndMakesItClaimable() {
        String id = queued();
        store.claim(id, LEASE);
        store.retryLater(id, clock.instant(), "timeout");
        store.claim(id, LEASE);
        store.deadLetter(id, "gave up", null, null);

        assertThat(store.replay(id)).isTrue();

        assertThat(stateOf(id)).isEqualTo(LedgerState.QUEUED);
        assertThat(store.deadLetters()).isEmpty();
        assertThat(store.claim(id, LEASE)).hasValueSatisfying(item -> assertThat(item.attempts()).isZero());
    }

    @Test
    void replayRefusesWhatIsNotADeadLetter() {
        String id = queued();

        assertThat(store.replay(id)).isFalse();
        assertThat(store.replay("no-such-id")).isFalse();
    }

    @Test
    void aQuarantinedMessageIsListedAndReplayedAsReceivedWithItsIdentity() {
        AppendOutcome quarantined = store.appendNormalized(message("support-mail", null),
                entry -> new Normalization.Finish(LedgerState.QUARANTINED, "mapper failed: NullPointerException"), LEASE);
        String id = quarantined.entry().id();

        assertThat(store.quarantined()).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(id);
            assertThat(message.channelId()).isEqualTo("support-mail");
            assertThat(message.reason()).isEqualTo("mapper failed: NullPointerException");
        });
        assertThat(store.replayQuarantined(id)).isTrue();

        JournalEntry replayed = store.find(id).orElseThrow();
        assertThat(replayed.state()).isEqualTo(LedgerState.RECEIVED);
        assertThat(replayed.protocolNumber()).isEqualTo(quarantined.entry().protocolNumber());
        assertThat(replayed.raw()).isEqualTo(quarantined.entry().raw());
        assertThat(store.quarantined()).isEmpty();
        assertThat(store.replayQuarantined(id)).as("no longer quarantined").isFalse();
    }

    @Test
    void finishEndsAReceivedMessageWithItsReasonOnce() {
        String id = received().id();

        assertThat(store.finish(id, LedgerState.IGNORED, "auto-reply")).isTrue();
        assertThat(store.finish(id, LedgerState.QUARANTINED, "unparseable")).isFalse();

        assertThat(store.find(id)).hasValueSatisfying(entry -> {
            assertThat(entry.state()).isEqualTo(LedgerState.IGNORED);
            assertThat(entry.reason()).isEqualTo("auto-reply");
        });
    }

    @Test
    void finishRejectsStatesThatAreNotItsToSet() {
        String id = received().id();

        assertThatThrownBy(() -> store.finish(id, LedgerState.FORWARDED, "no"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportCountsEveryMessagePerChannelAndState() {
        store.append(message("bot", "1"));
        store.append(message("bot", "1"));
        store.append(message("bot", "2"));
        String ignored = store.append(message("support-mail", null)).entry().id();
        store.finish(ignored, LedgerState.IGNORED, "bounce");

        LedgerReport report = store.report(clock.instant());

        assertThat(report.counts()).containsExactlyInAnyOrder(
                new LedgerReport.Count("bot", LedgerState.RECEIVED, 2),
                new LedgerReport.Count("bot", LedgerState.DUPLICATE, 1),
                new LedgerReport.Count("support-mail", LedgerState.IGNORED, 1));
        assertThat(report.total()).isEqualTo(4);
    }

    @Test
    void reportListsMessagesInFlightSinceBeforeTheThresholdOldestFirst() {
        String oldest = received().id();
        clock.advance(Duration.ofMinutes(1));
        String queued = queued();
        clock.advance(Duration.ofMinutes(1));
        String finished = received().id();
        store.finish(finished, LedgerState.IGNORED, "loop");
        clock.advance(Duration.ofMinutes(10));
        received();

        LedgerReport report = store.report(clock.instant().minus(Duration.ofMinutes(5)));

        assertThat(report.stuck()).extracting(LedgerReport.Stuck::id).containsExactly(oldest, queued);
        assertThat(report.stuck()).extracting(LedgerReport.Stuck::state)
                .containsExactly(LedgerState.RECEIVED, LedgerState.QUEUED);
    }

    @Test
    void purgeDeletesOnlyDedupeKeysWhoseTtlRanOut() {
        store.append(message("bot", "old"));
        clock.advance(Duration.ofDays(20));
        store.append(message("bot", "recent"));
        clock.advance(Duration.ofDays(11));

        assertThat(store.purgeExpiredDedupeKeys(clock.instant())).isEqualTo(1);
        assertThat(store.append(message("bot", "recent")).duplicate()).isTrue();
        assertThat(store.append(message("bot", "old")).duplicate()).isFalse();
    }

    @Test
    void reportFindsNothingUnaccountedAfterEveryOrdinaryTransition() {
        String forwarded = queued();
        store.claim(forwarded, LEASE);
        store.delivered(forwarded, 201);
        String dead = queued();
        store.claim(dead, LEASE);
        store.deadLetter(dead, "refused", 422, "{}");
        queued();
        store.finish(received().id(), LedgerState.IGNORED, "honeypot");

        assertThat(store.report(clock.instant()).unaccounted()).isEmpty();
    }

    @Test
    void reportListsAMessageWhoseJournalAndOutboxDisagree() throws Exception {
        String id = queued();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(H2Urls.tune(database.url()), database.user(), null);
             java.sql.Statement update = connection.createStatement()) {
            update.executeUpdate("UPDATE outbox SET state = 'DONE' WHERE id = '" + id + "'");
        }

        LedgerReport report = store.report(clock.instant());

        assertThat(report.unaccounted()).containsExactly(
                new LedgerReport.Unaccounted(id, "site-form", LedgerState.QUEUED, "DONE"));
        assertThat(report.healthy()).isFalse();
    }

    @Test
    void inFlightListsIdsInAStateOldestFirstUpToTheLimit() {
        String first = received().id();
        clock.advance(Duration.ofSeconds(1));
        String second = received().id();
        clock.advance(Duration.ofSeconds(1));
        received();

        assertThat(store.inFlight(LedgerState.RECEIVED, clock.instant(), 10)).containsExactly(first, second);
        assertThat(store.inFlight(LedgerState.RECEIVED, clock.instant().plusSeconds(1), 1)).containsExactly(first);
    }

    @Test
    void twoGatewaysOnOneDatabaseNeverShareAProtocolNumber() throws Exception {
        JdbcStore other = open();
        int perGateway = ProtocolNumberAllocator.MIN_BLOCK + 10;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < perGateway; i++) {
                numbers.add(pool.submit(() -> store.append(message("a", null)).entry().protocolNumber()));
                numbers.add(pool.submit(() -> other.append(message("b", null)).entry().protocolNumber()));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> number : numbers) {
                distinct.add(number.get());
            }

            assertThat(distinct).hasSize(2 * perGateway).allMatch(n -> ProtocolNumbers.pattern(PREFIX).matcher(n).matches());
        } finally {
            pool.shutdownNow();
        }
    }

    static NewMessage chatMessage(String key, String text) {
        return new NewMessage("bot", "telegram", "chat-1:" + key, "update:" + key, "application/json",
                ("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void waitingMessagesAreListedPerChannelOldestFirstAndADuplicateIsRecorded() {
        JournalEntry first = store.appendWaiting(chatMessage("1", "my order")).entry();
        clock.advance(Duration.ofSeconds(1));
        JournalEntry second = store.appendWaiting(chatMessage("2", "is late")).entry();
        JournalResult again = store.appendWaiting(chatMessage("1", "my order"));

        assertThat(again.duplicate()).isTrue();
        assertThat(store.waiting("bot", 10)).extracting(JournalEntry::id).containsExactly(first.id(), second.id());
        assertThat(store.waiting("other-bot", 10)).isEmpty();
        assertThat(stateOf(first.id())).isEqualTo(LedgerState.WAITING);
        assertThat(store.report(clock.instant().plusSeconds(60)).stuck()).extracting(LedgerReport.Stuck::id)
                .contains(first.id(), second.id());
    }

    @Test
    void aMergeQueuesTheFirstAndEndsTheOthersMergedIntoIt() {
        JournalEntry first = store.appendWaiting(chatMessage("1", "my order")).entry();
        JournalEntry second = store.appendWaiting(chatMessage("2", "is late")).entry();
        JournalEntry third = store.appendWaiting(chatMessage("3", "again")).entry();
        byte[] complaint = "{\"id\":\"merged\"}".getBytes(StandardCharsets.UTF_8);

        MergeOutcome merged = store.merge(first.id(), List.of(second.id(), third.id()),
                new Normalization.Queue(complaint), LEASE).orElseThrow();

        assertThat(merged.state()).isEqualTo(LedgerState.QUEUED);
        assertThat(merged.claimed()).get().satisfies(item -> {
            assertThat(item.id()).isEqualTo(first.id());
            assertThat(item.payload()).isEqualTo(complaint);
        });
        assertThat(stateOf(first.id())).isEqualTo(LedgerState.QUEUED);
        assertThat(store.find(second.id()).orElseThrow().reason()).isEqualTo("merged into " + first.id());
        assertThat(stateOf(third.id())).isEqualTo(LedgerState.MERGED);
        assertThat(store.waiting("bot", 10)).isEmpty();
        // an edit of a merged message finds the complaint it became part of
        assertThat(store.complaintByExternalKey("telegram", "chat-1:3")).contains(first.id());
    }

    @Test
    void aMergeOfAMessageNoLongerWaitingChangesNothing() {
        JournalEntry first = store.appendWaiting(chatMessage("1", "my order")).entry();
        JournalEntry second = store.appendWaiting(chatMessage("2", "is late")).entry();
        store.merge(second.id(), List.of(), new Normalization.Finish(LedgerState.IGNORED, "no-content"), LEASE);

        assertThat(store.merge(first.id(), List.of(second.id()), new Normalization.Queue(new byte[] {'{', '}'}), LEASE))
                .isEmpty();

        assertThat(stateOf(first.id())).isEqualTo(LedgerState.WAITING);
        assertThat(stateOf(second.id())).isEqualTo(LedgerState.IGNORED);
    }

    @Test
    void aChannelCursorStartsEmptyMovesOnlyForwardAndSurvivesAReopen() {
        assertThat(store.channelCursor("bot")).isEmpty();

        store.advanceChannelCursor("bot", 42);
        store.advanceChannelCursor("bot", 41);
        store.advanceChannelCursor("other-bot", 7);

        assertThat(store.channelCursor("bot")).hasValue(42);
        store.advanceChannelCursor("bot", 43);
        assertThat(open().channelCursor("bot")).hasValue(43);
        assertThat(open().channelCursor("other-bot")).hasValue(7);
    }

    @Test
    void committedMessagesSurviveCloseAndReopen() {
        JournalEntry entry = received();
        store.close();

        JdbcStore reopened = open();

        assertThat(reopened.find(entry.id())).hasValueSatisfying(found -> {
            assertThat(found.protocolNumber()).isEqualTo(entry.protocolNumber());
            assertThat(found.raw()).isEqualTo(entry.raw());
        });
        String next = reopened.append(message("site-form", null)).entry().protocolNumber();
        assertThat(next).isGreaterThan(entry.protocolNumber());
    }

    @Test
    void unhealthyAndRefusingAppendsOnceTheDatabaseIsGone() {
        Severable severable = severableStore();
        JdbcStore doomed = track(severable.store());
        assertThat(doomed.healthy()).isTrue();

        severable.cut().run();

        assertThat(doomed.healthy()).isFalse();
        assertThatThrownBy(() -> doomed.append(message("site-form", null)))
                .isInstanceOf(StoreUnavailableException.class);
    }
}
