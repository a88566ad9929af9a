package org.complaintgateway.routes.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintgateway.mappings.model.ReplyHint;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.NewOutbound;
import org.complaintgateway.routes.store.OutboundKind;
import org.complaintgateway.routes.store.OutboundMessage;
import org.complaintgateway.routes.store.OutboundState;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.testing.TestH2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the dispatcher records for each answer a provider gives, on a real H2 store: sent with the provider's id;
 * queued again after a retryable failure, no sooner than the provider's Retry-After; failed with the reason after a
 * refusal, after the last attempt, or when the channel cannot send.
 */
class OutboundDispatcherTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final ReplyHint HINT = new ReplyHint.Telegram("bot", "555000001", "7");

    @TempDir
    Path dir;

    private Store store;
    private final Deque<SendOutcome> answers = new ArrayDeque<>();
    private final ReplySender scripted = (id, content, now) -> answers.removeFirst();

    @BeforeEach
    void open() {
        store = JdbcStore.open(TestH2.in(dir).settings(), "RC", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSentMessageKeepsTheProvidersId() {
        OutboundMessage message = queued("k1");
        answers.add(new SendOutcome.Sent("4711"));

        dispatcher(3).dispatch(message);

        OutboundMessage after = store.outbound().find(message.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(OutboundState.SENT);
        assertThat(after.providerMessageId()).isEqualTo("4711");
    }

    @Test
    void aRetryableFailureIsQueuedAgainNoSoonerThanTheProviderAsked() {
        OutboundMessage message = queued("k2");
        answers.add(new SendOutcome.Retry("HTTP 429", Duration.ofMinutes(3)));

        dispatcher(3).dispatch(message);

        OutboundMessage after = store.outbound().find(message.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(OutboundState.QUEUED);
        assertThat(after.attempts()).isEqualTo(1);
        assertThat(after.reason()).isEqualTo("HTTP 429");
        assertThat(store.outbound().claimDue(NOW.plus(Duration.ofMinutes(2)), 10, Duration.ofMinutes(1))).isEmpty();
        assertThat(store.outbound().claimDue(NOW.plus(Duration.ofMinutes(4)), 10, Duration.ofMinutes(1)))
                .extracting(OutboundMessage::id).containsExactly(message.id());
    }

    @Test
    void theLastAttemptThatFailsEndsTheMessageFailedWithWhy() {
        OutboundMessage message = queued("k3");
        answers.add(new SendOutcome.Retry("HTTP 502", null));

        dispatcher(1).dispatch(message);

        OutboundMessage after = store.outbound().find(message.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(OutboundState.FAILED);
        assertThat(after.reason()).isEqualTo("gave up after 1 attempts; last: HTTP 502");
    }

    @Test
    void aRefusalEndsTheMessageFailedWithTheProvidersReason() {
        OutboundMessage message = queued("k4");
        answers.add(new SendOutcome.Failed("Forbidden: bot was blocked by the user"));

        dispatcher(3).dispatch(message);

        assertThat(store.outbound().find(message.id()).orElseThrow())
                .extracting(OutboundMessage::state, OutboundMessage::reason)
                .containsExactly(OutboundState.FAILED, "Forbidden: bot was blocked by the user");
    }

    @Test
    void aMessageForAChannelThatCannotSendFailsSayingSo() {
        OutboundMessage message = queued("k5");

        new OutboundDispatcher(store.outbound(), Map.of(), OutboundDispatcher.retryPolicy(3, Duration.ofSeconds(1),
                Duration.ofMinutes(1)), Optional.empty(), Clock.fixed(NOW, ZoneOffset.UTC)).dispatch(message);

        assertThat(store.outbound().find(message.id()).orElseThrow().reason())
                .startsWith("channel 'bot' cannot send messages");
    }

    private OutboundDispatcher dispatcher(int maxAttempts) {
        return new OutboundDispatcher(store.outbound(), Map.of("bot", scripted),
                OutboundDispatcher.retryPolicy(maxAttempts, Duration.ofSeconds(1), Duration.ofMinutes(1)),
                Optional.empty(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private OutboundMessage queued(String key) {
        String complaintId = store.append(new NewMessage("bot", "telegram", null, null, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8))).entry().id();
        byte[] payload = new ReplyContent("We are on it.", List.of(), HINT, "RC-2026-000001", "en").toJson();
        return store.outbound().enqueue(new NewOutbound(complaintId, OutboundKind.REPLY, "bot", "telegram", key,
                payload)).message();
    }
}
