package org.complaintgateway.it.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.complaintgateway.it.support.SecretFile;
import org.complaintgateway.it.support.LoopbackDownstream;
import org.complaintgateway.gateway.GatewayCli;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A complaint the downstream refuses (a 4xx other than 408, 425, 429) is not retried: it becomes a dead
 * letter keeping the downstream's status and answer, and {@code dead-letters replay} sends it again,
 * with the same key, once the downstream is fixed, while the gateway runs.
 */
class DeadLetterReplayTest {

    private static final String SIGNING_SECRET = "fake-signing-secret-for-tests";
    private static final String REFUSAL = "{\"error\":\"unknown product\",\"field\":\"classification.product\"}";

    @TempDir
    Path dir;

    @AutoClose
    private TestGateway gateway;
    @AutoClose("stop")
    private WireMockServer downstream;


    @Test
    void refused422IsADeadLetterWithTheAnswerAndIsDeliveredAfterReplay() {
        downstream = LoopbackDownstream.start();
        downstream.stubFor(post(urlEqualTo(LoopbackDownstream.PATH)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json").withBody(REFUSAL)));
        gateway = TestGateway.builder(dir)
                .httpDownstream(LoopbackDownstream.url(downstream.port()), SIGNING_SECRET,
                        "  initialBackoff: 100ms\n  maxBackoff: 500ms\n")
                .build();
        SecretFile.replaceEnvReference(gateway.configFile(), "TEST_SIGNING_SECRET", SIGNING_SECRET);
        gateway.start();
        String configFile = gateway.configFile().toString();

        AcceptedComplaint accepted = AcceptedComplaint.of(gateway.postJson(TestGateway.complaintJson(1)));

        await().atMost(Duration.ofSeconds(10)).until(() -> state(accepted.id()) == LedgerState.DEAD_LETTER);
        assertThat(gateway.store().deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.id()).isEqualTo(accepted.id());
            assertThat(letter.lastStatus()).isEqualTo(422);
            assertThat(letter.lastResponse()).isEqualTo(REFUSAL);
        });
        assertThat(LoopbackDownstream.deliveries(downstream)).as("a refusal is not retried").hasSize(1);
        assertThat(GatewayCli.execute("dead-letters", "list", "--config", configFile)).isZero();

        downstream.stubFor(post(urlEqualTo(LoopbackDownstream.PATH)).willReturn(aResponse().withStatus(201)));
        assertThat(GatewayCli.execute("dead-letters", "replay", "--config", configFile, "--id", accepted.id())).isZero();

        await().atMost(Duration.ofSeconds(10)).until(() -> state(accepted.id()) == LedgerState.FORWARDED);
        assertThat(gateway.store().deadLetters()).isEmpty();
        List<LoggedRequest> deliveries = LoopbackDownstream.deliveries(downstream);
        assertThat(deliveries).hasSize(2);
        assertThat(deliveries).extracting(request -> request.getHeader("Idempotency-Key")).containsOnly(accepted.id());
    }

    private LedgerState state(String id) {
        return gateway.store().find(id).map(JournalEntry::state).orElseThrow();
    }
}
