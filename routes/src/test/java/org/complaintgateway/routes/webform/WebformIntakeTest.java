package org.complaintgateway.routes.webform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.complaintgateway.config.RateLimit;
import org.complaintgateway.config.WebformChannelConfig;
import org.complaintgateway.mappings.webform.FieldError;
import org.complaintgateway.mappings.webform.WebformSubmission;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.testing.TestH2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission is accepted only once journaled and handed on; while the pipeline is over its
 * backlog, new ones are refused before the journal, so nothing is promised that waits unbounded.
 */
class WebformIntakeTest {

    private static final WebformChannelConfig CHANNEL = new WebformChannelConfig("site-form", "/", "/api/v1/complaints",
            List.of("en", "it"), "en", 10_000, 5_000, Duration.ofSeconds(3),
            new RateLimit(1000, Duration.ofMinutes(1)), new RateLimit(1000, Duration.ofMinutes(1)));

    @TempDir
    Path dir;

    private Store store;
    private final List<JournalEntry> handedOn = new ArrayList<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private WebformIntake intake;

    @BeforeEach
    void open() {
        store = JdbcStore.open(TestH2.in(dir).settings(), "RC", Clock.systemUTC());
        intake = new WebformIntake(CHANNEL, store, handedOn::add, busy::get);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void acceptedSubmissionIsJournaledAndHandedOn() {
        IntakeResult result = intake.accept(submission(), List.of(), null);

        assertThat(result).isInstanceOf(IntakeResult.Accepted.class);
        assertThat(handedOn).extracting(JournalEntry::id).containsExactly(((IntakeResult.Accepted) result).id());
    }

    @Test
    void busyPipelineRefusesBeforeJournaling() {
        busy.set(true);

        assertThat(intake.accept(submission(), List.of(), null)).isEqualTo(new IntakeResult.Busy());

        assertThat(store.report(Instant.now()).total()).isZero();
        assertThat(handedOn).isEmpty();
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
