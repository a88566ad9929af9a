package org.complaintgateway.it.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.complaintgateway.it.support.LoopbackDownstream;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A downstream that says "not now" (5xx, 429, a timeout) gets the same complaint again, with the same
 * Idempotency-Key, no sooner than its Retry-After, until it accepts; after {@code maxAttempts} failures
 * the complaint becomes a dead letter that names the attempts.
 */
class DownstreamRetriesTest {

    private static final String FAST_RETRIES = "  initialBackoff: 100ms\n  maxBackoff: 500ms\n";

    @TempDir
    Path dir;

    @AutoClose
    private TestGateway gateway;
    @AutoClose("stop")
    private WireMockServer downstream;

    @BeforeEach
    void startDownstream() {
        downstream = LoopbackDownstream.start();
    }


    @Test
    void downstream503ThreeTimesThen201IsDeliveredOnceWithOneKey() {
        answerInTurn(aResponse().withStatus(503), aResponse().withStatus(503), aResponse().withStatus(503),
                aResponse().withStatus(201));
        startGateway(FAST_RETRIES);

        AcceptedComplaint accepted = AcceptedComplaint.of(gateway.postJson(TestGateway.complaintJson(1)));

        await().atMost(Duration.ofSeconds(15)).until(() -> state(accepted.id()) == LedgerState.FORWARDED);
        List<LoggedRequest> deliveries = LoopbackDownstream.deliveries(downstream);
        assertThat(deliveries).hasSize(4);
        assertThat(deliveries).extracting(request -> request.getHeader("Idempotency-Key")).containsOnly(accepted.id());
    }

    @Test
    void retryAfterOf429IsHonouredBeforeTheNextAttempt() {
        answerInTurn(aResponse().withStatus(429).withHeader("Retry-After", "2"), aResponse().withStatus(201));
        startGateway(FAST_RETRIES);

        AcceptedComplaint accepted = AcceptedComplaint.of(gateway.postJson(TestGateway.complaintJson(1)));

        await().atMost(Duration.ofSeconds(15)).until(() -> state(accepted.id()) == LedgerState.FORWARDED);
        List<LoggedRequest> deliveries = LoopbackDownstream.deliveries(downstream);
        assertThat(deliveries).hasSize(2);
        long waitedMillis = deliveries.get(1).getLoggedDate().getTime() - deliveries.get(0).getLoggedDate().getTime();
        assertThat(waitedMillis).as("milliseconds between the 429 and the next attempt").isGreaterThanOrEqualTo(2000);
        assertThat(deliveries).extracting(request -> request.getHeader("Idempotency-Key")).containsOnly(accepted.id());
    }

    @Test
    void downstreamSlowerThanTheTimeoutIsRetriedAndDeliveredWhenFast() {
        // The first answer comes long after the 1 s timeout: only a retry can deliver in time.
        answerInTurn(aResponse().withStatus(201).withFixedDelay(4000), aResponse().withStatus(201));
        startGateway(FAST_RETRIES + "  timeout: 1s\n");

        AcceptedComplaint accepted = AcceptedComplaint.of(gateway.postJson(TestGateway.complaintJson(1)));

        await().atMost(Duration.ofSeconds(15)).until(() -> state(accepted.id()) == LedgerState.FORWARDED);
        List<LoggedRequest> deliveries = LoopbackDownstream.deliveries(downstream);
        assertThat(deliveries).hasSize(2);
        long retriedAfterMillis = deliveries.get(1).getLoggedDate().getTime() - deliveries.get(0).getLoggedDate().getTime();
        assertThat(retriedAfterMillis).as("the retry did not wait for the slow answer").isLessThan(4000);
        assertThat(deliveries).extracting(request -> request.getHeader("Idempotency-Key")).containsOnly(accepted.id());
    }

    @Test
    void retriesExhaustedMakeADeadLetterNamingTheAttempts() {
        downstream.stubFor(post(urlEqualTo(LoopbackDownstream.PATH)).willReturn(aResponse().withStatus(500)));
        startGateway(FAST_RETRIES + "  maxAttempts: 3\n");

        AcceptedComplaint accepted = AcceptedComplaint.of(gateway.postJson(TestGateway.complaintJson(1)));

        await().atMost(Duration.ofSeconds(15)).until(() -> state(accepted.id()) == LedgerState.DEAD_LETTER);
        JournalEntry entry = gateway.store().find(accepted.id()).orElseThrow();
        assertThat(entry.reason()).contains("3 attempts").contains("500");
        assertThat(gateway.store().deadLetters()).singleElement()
                .satisfies(letter -> {
                    assertThat(letter.id()).isEqualTo(accepted.id());
                    assertThat(letter.attempts()).isEqualTo(3);
                });
        List<LoggedRequest> deliveries = LoopbackDownstream.deliveries(downstream);
        assertThat(deliveries).hasSize(3);
        assertThat(deliveries).extracting(request -> request.getHeader("Idempotency-Key")).containsOnly(accepted.id());
    }

    /** Stubs the downstream to give these answers one after the other, the last one from then on. */
    private void answerInTurn(ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "answer " + i;
            ScenarioMappingBuilder stub = post(urlEqualTo(LoopbackDownstream.PATH)).inScenario("answers in turn")
                    .whenScenarioStateIs(state).willReturn(answers[i]);
            downstream.stubFor(i == answers.length - 1 ? stub : stub.willSetStateTo("answer " + (i + 1)));
        }
    }

    private void startGateway(String downstreamYaml) {
        gateway = TestGateway.builder(dir)
                .httpDownstream(LoopbackDownstream.url(downstream.port()), "fake-signing-secret-for-tests", downstreamYaml)
                .build().start();
    }

    private LedgerState state(String id) {
        return gateway.store().find(id).map(JournalEntry::state).orElseThrow();
    }
}
