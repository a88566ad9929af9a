package org.complaintgateway.routes.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.ReplyHint;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.OutboxItem;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.testing.TestH2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Normalize ends every RECEIVED message in QUEUED, IGNORED or QUARANTINED with a reason, whatever
 * its mapper does, on a real store: a mapper that throws or emits a complaint the schema refuses
 * quarantines the message instead of blocking the channel.
 */
class NormalizerTest {

    private static final Duration LEASE = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void open() {
        store = JdbcStore.open(TestH2.in(dir).settings(), "RC", Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void mappedComplaintIsQueuedForDelivery() {
        JournalEntry entry = received("site-form");
        Normalizer normalizer = normalizer(Map.of("site-form", e -> new MappingResult.Mapped(complaintFor(e, "a@example.org"))));

        OutboxItem queued = normalizer.normalize(entry).orElseThrow();

        assertThat(queued.protocolNumber()).isEqualTo(entry.protocolNumber());
        assertThat(store.find(entry.id()).orElseThrow().state()).isEqualTo(LedgerState.QUEUED);
        assertThat(store.claim(entry.id(), LEASE)).as("claimed already, for the worker that queued it").isEmpty();
    }

    @Test
    void ignoredMessageIsRecordedWithItsReason() {
        JournalEntry entry = received("site-form");
        normalizer(Map.of("site-form", e -> new MappingResult.Ignored("honeypot"))).normalize(entry);

        assertThat(store.find(entry.id()).orElseThrow()).extracting(JournalEntry::state, JournalEntry::reason)
                .containsExactly(LedgerState.IGNORED, "honeypot");
    }

    @Test
    void mapperThatThrowsQuarantinesTheMessage() {
        JournalEntry entry = received("site-form");
        normalizer(Map.of("site-form", e -> {
            throw new IllegalStateException("boom");
        })).normalize(entry);

        assertThat(store.find(entry.id()).orElseThrow()).extracting(JournalEntry::state, JournalEntry::reason)
                .containsExactly(LedgerState.QUARANTINED, "mapper failed: IllegalStateException: boom");
    }

    @Test
    void complaintTheSchemaRefusesIsQuarantined() {
        JournalEntry entry = received("site-form");
        normalizer(Map.of("site-form", e -> new MappingResult.Mapped(complaintFor(e, "not-an-address")))).normalize(entry);

        JournalEntry after = store.find(entry.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(LedgerState.QUARANTINED);
        assertThat(after.reason()).startsWith("complaint does not match schema v1: ").contains("email");
    }

    @Test
    void messageOfAChannelNoLongerConfiguredIsQuarantined() {
        JournalEntry entry = received("old-form");
        normalizer(Map.of()).normalize(entry);

        assertThat(store.find(entry.id()).orElseThrow()).extracting(JournalEntry::state, JournalEntry::reason)
                .containsExactly(LedgerState.QUARANTINED, "no channel 'old-form' is configured; restore it and replay");
    }

    @Test
    void entryNoLongerReceivedIsLeftAlone() {
        JournalEntry entry = received("site-form");
        Normalizer normalizer = normalizer(Map.of("site-form", e -> new MappingResult.Mapped(complaintFor(e, "a@example.org"))));
        normalizer.normalize(entry);

        assertThat(normalizer.normalize(entry)).isEmpty();
        assertThat(store.find(entry.id()).orElseThrow().state()).isEqualTo(LedgerState.QUEUED);
    }

    private Normalizer normalizer(Map<String, ChannelMapper> mappers) {
        return new Normalizer(store, mappers, LEASE);
    }

    private JournalEntry received(String channelId) {
        return store.append(new NewMessage(channelId, "webform", null, null, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8))).entry();
    }

    static Complaint complaintFor(JournalEntry entry, String email) {
        return new Complaint(Complaint.SCHEMA_VERSION, entry.id(), entry.protocolNumber(), entry.receivedAt(),
                new ChannelRef(ChannelType.WEBFORM, entry.channelId(), entry.id(), null),
                new Customer("A Customer", email, null, null, "en"), "Subject", "Text", null, null, "en",
                List.of(), null, new ReplyHint.Webform(entry.channelId(), email, null), null, List.of());
    }
}
