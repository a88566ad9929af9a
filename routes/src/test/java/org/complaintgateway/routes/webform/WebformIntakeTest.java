package org.complaintgateway.routes.webform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintgateway.config.RateLimit;
import org.complaintgateway.config.WebformChannelConfig;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.json.ComplaintSchema;
import org.complaintgateway.mappings.webform.FieldError;
import org.complaintgateway.mappings.webform.WebformMapper;
import org.complaintgateway.mappings.webform.WebformSubmission;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.pipeline.DeliverySlots;
import org.complaintgateway.routes.pipeline.Normalizer;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.OutboxItem;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.testing.TestH2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission is accepted only once journaled, normalized and queued in one commit, and then handed
 * to delivery, holding a delivery slot; with every slot taken (and none freed within the patience),
 * new ones are refused before the journal, so nothing is promised that waits unbounded.
 */
class WebformIntakeTest {

    private static final WebformChannelConfig CHANNEL = new WebformChannelConfig("site-form", "/", "/api/v1/complaints",
            List.of("en", "it"), "en", 10_000, 5_000, Duration.ofSeconds(3),
            new RateLimit(1000, Duration.ofMinutes(1)), new RateLimit(1000, Duration.ofMinutes(1)));

    @TempDir
    Path dir;

    private Store store;
    private final List<OutboxItem> handedOn = new ArrayList<>();
    private final DeliverySlots slots = new DeliverySlots(2);
    private WebformIntake intake;

    @BeforeEach
    void open() {
        store = JdbcStore.open(TestH2.in(dir).settings(), "RC", Clock.systemUTC());
        Normalizer normalizer = new Normalizer(store, Map.of("site-form", entry -> WebformMapper.map(entry.raw(),
                new Identity(entry.id(), entry.protocolNumber(), entry.receivedAt()), "site-form", Duration.ZERO)),
                Duration.ofMinutes(1));
        intake = new WebformIntake(CHANNEL, store, normalizer, handedOn::add, slots);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void acceptedSubmissionIsJournaledQueuedAndHandedToDeliveryInOneStep() {
        IntakeResult.Accepted accepted = (IntakeResult.Accepted) intake.accept(submission(), List.of(), null);

        assertThat(store.find(accepted.id()).orElseThrow().state()).isEqualTo(LedgerState.QUEUED);
        assertThat(handedOn).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(accepted.id());
            assertThat(item.protocolNumber()).isEqualTo(accepted.protocolNumber());
            assertThat(ComplaintSchema.validate(item.payload())).isEmpty();
        });
    }

    @Test
    void honeypotSubmissionIsAcceptedButRecordedIgnoredAndNotHandedOn() {
        WebformSubmission bot = new WebformSubmission("Bot", "bot@example.org", null, "Offer", "Buy now.", "en", null,
                "https://spam.example", null);

        IntakeResult.Accepted accepted = (IntakeResult.Accepted) intake.accept(bot, List.of(), null);

        assertThat(store.find(accepted.id()).orElseThrow()).extracting(JournalEntry::state, JournalEntry::reason)
                .containsExactly(LedgerState.IGNORED, "honeypot");
        assertThat(handedOn).isEmpty();
    }

    @Test
    void sameIdempotencyKeyGetsTheFirstAnswerAndIsNotHandedOnAgain() {
        IntakeResult first = intake.accept(submission(), List.of(), "key-1");
        IntakeResult second = intake.accept(submission(), List.of(), "key-1");

        assertThat(second).isEqualTo(new IntakeResult.Accepted(((IntakeResult.Accepted) first).id(),
                ((IntakeResult.Accepted) first).protocolNumber(), true));
        assertThat(handedOn).hasSize(1);
    }

    @Test
    void withEverySlotTakenASubmissionIsRefusedBeforeJournaling() {
        intake.accept(submission(), List.of(), null);
        intake.accept(submission(), List.of(), null);

        assertThat(intake.accept(submission(), List.of(), null)).isEqualTo(new IntakeResult.Busy());

        assertThat(store.report(Instant.now()).total()).isEqualTo(2);
        assertThat(handedOn).hasSize(2);
    }

    @Test
    void aSlotGivenBackByDeliveryLetsTheNextSubmissionIn() {
        intake.accept(submission(), List.of(), null);
        intake.accept(submission(), List.of(), null);
        slots.giveBack();

        assertThat(intake.accept(submission(), List.of(), null)).isInstanceOf(IntakeResult.Accepted.class);
    }

    @Test
    void submissionThatQueuesNothingHoldsNoSlot() {
        WebformSubmission bot = new WebformSubmission("Bot", "bot@example.org", null, "Offer", "Buy now.", "en", null,
                "https://spam.example", null);
        for (int i = 0; i < 3; i++) {
            intake.accept(bot, List.of(), null);
        }

        assertThat(intake.accept(submission(), List.of(), null)).isInstanceOf(IntakeResult.Accepted.class);
    }

    @Test
    void unreadableFieldIsNamedOnceForItsCause() {
        WebformSubmission withoutName = new WebformSubmission(null, "ada@example.org", null, "Late", "Late again.",
                null, null, null, null);

        IntakeResult result = intake.accept(withoutName, List.of(new FieldError("name", "must be a string")), null);

        assertThat(result).isEqualTo(new IntakeResult.Invalid(List.of(new FieldError("name", "must be a string"))));
    }

    private static WebformSubmission submission() {
        return new WebformSubmission("Ada Lovelace", "ada@example.org", null, "Late delivery", "Two weeks late.",
                "en", null, null, null);
    }
}
