package org.complaintgateway.routes.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.routes.store.AppendOutcome;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.OutboxItem;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.testing.TestH2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A poller that has journaled a message acknowledges it to its source next; by then the complaint must be in
 * delivery's hands, or a caller (and a test) that looks right after would find it neither handed on nor left for the
 * outbox sweeper.
 */
class JournalingIntakeTest {

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
    void journalingReturnsOnlyAfterTheQueuedComplaintIsHandedToDelivery() throws Exception {
        CountDownLatch handOffEntered = new CountDownLatch(1);
        CountDownLatch releaseHandOff = new CountDownLatch(1);
        List<OutboxItem> handedOn = new CopyOnWriteArrayList<>();
        JournalingIntake intake = new JournalingIntake(store, new Normalizer(store, Map.of(), Duration.ofMinutes(1)), item -> {
            handOffEntered.countDown();
            awaitQuietly(releaseHandOff);
            handedOn.add(item);
        }, new DeliverySlots(1), JournalingIntake.POLLER_SLOT_PATIENCE);
        ChannelMapper mapsEveryMessage = entry -> new MappingResult.Mapped(NormalizerTest.complaintFor(entry, "a@example.org"));

        CompletableFuture<AppendOutcome> journaled = CompletableFuture.supplyAsync(() -> intake.journal(
                new NewMessage("site-form", "webform", null, null, "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8)), mapsEveryMessage));

        assertThat(handOffEntered.await(10, TimeUnit.SECONDS)).as("the committed complaint reached the hand-off").isTrue();
        assertThat(journaled).as("journal() still waits for the hand-off").isNotDone();
        releaseHandOff.countDown();
        await().atMost(Duration.ofSeconds(10)).until(journaled::isDone);
        assertThat(handedOn).singleElement()
                .satisfies(item -> assertThat(item.id()).isEqualTo(journaled.join().entry().id()));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
