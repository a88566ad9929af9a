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
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.complaintgateway.it.support.LoopbackDownstream;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.mappings.json.ComplaintSchema;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every accepted complaint reaches the downstream, signed, valid against the schema and keyed by its
 * id, and a complaint accepted while the downstream is down is still delivered after a gateway restart,
 * each key once. Run on every store: subclasses say which.
 */
abstract class DeliveryContract {

    private static final String SIGNING_SECRET = "fake-signing-secret-for-tests";
    private static final String FAST_RETRIES = "  initialBackoff: 100ms\n  maxBackoff: 500ms\n";
    private static final int COMPLAINTS_DURING_OUTAGE = 100;

    @TempDir
    Path dir;

    @AutoClose
    private TestGateway gateway;
    @AutoClose("stop")
    private WireMockServer downstream;

    /** The store under test: {@code builder} as given for the default H2, or pointed at another database. */
    abstract TestGateway.Builder withStore(TestGateway.Builder builder);


    @Test
    void acceptedComplaintIsDeliveredOnceSignedAndKeyedByItsId() {
        downstream = LoopbackDownstream.start();
        downstream.stubFor(post(urlEqualTo(LoopbackDownstream.PATH)).willReturn(aResponse().withStatus(201)));
        gateway = withStore(TestGateway.builder(dir)
                .httpDownstream(LoopbackDownstream.url(downstream.port()), SIGNING_SECRET, FAST_RETRIES))
                .build().start();

        AcceptedComplaint accepted = AcceptedComplaint.of(gateway.postJson(TestGateway.complaintJson(1)));

        await().atMost(Duration.ofSeconds(10)).until(() -> state(accepted.id()) == LedgerState.FORWARDED);
        // Exactly once: the sweepers run every second; nothing more may arrive over the next two.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> LoopbackDownstream.deliveries(downstream).size() == 1);
        LoggedRequest delivery = LoopbackDownstream.deliveries(downstream).get(0);
        assertThat(delivery.getHeader("Idempotency-Key")).isEqualTo(accepted.id());
        assertThat(delivery.getHeader("X-Protocol-Number")).isEqualTo(accepted.protocolNumber());
        assertThat(delivery.getHeader("Content-Type")).startsWith("application/json");
        assertThat(ComplaintSchema.validate(delivery.getBody())).isEmpty();
        assertThat(delivery.getBodyAsString()).contains("\"id\":\"" + accepted.id() + "\"");
        assertThat(GatewaySignature.verifies(SIGNING_SECRET, delivery.getHeader("X-Gateway-Timestamp"),
                delivery.getHeader("X-Gateway-Signature"), delivery.getBody()))
                .as("signature %s over timestamp %s", delivery.getHeader("X-Gateway-Signature"),
                        delivery.getHeader("X-Gateway-Timestamp"))
                .isTrue();
    }

    @Test
    void complaintsAcceptedWhileDownstreamIsDownAreDeliveredAfterRestartEachKeyOnce() {
        downstream = LoopbackDownstream.start();
        int port = downstream.port();
        downstream.stop();
        gateway = withStore(TestGateway.builder(dir)
                .httpDownstream(LoopbackDownstream.url(port), SIGNING_SECRET, FAST_RETRIES + "  maxAttempts: 1000\n")
                .webform("    perIp: {requests: 1000, per: 1m}\n"))
                .build().start();

        // In parallel, as several customers would send them; each is journaled before its 202.
        List<String> ids = IntStream.rangeClosed(1, COMPLAINTS_DURING_OUTAGE).parallel()
                .mapToObj(n -> AcceptedComplaint.of(gateway.postJson(TestGateway.complaintJson(n))).id())
                .toList();
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> state(id) == LedgerState.QUEUED));

        gateway.restart();
        downstream = LoopbackDownstream.startOn(port);
        downstream.stubFor(post(urlEqualTo(LoopbackDownstream.PATH)).willReturn(aResponse().withStatus(201)));

        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> state(id) == LedgerState.FORWARDED));
        Map<String, Long> arrivalsPerKey = LoopbackDownstream.deliveries(downstream).stream()
                .collect(Collectors.groupingBy(request -> request.getHeader("Idempotency-Key"), Collectors.counting()));
        assertThat(arrivalsPerKey.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        // At-least-once may repeat a key when an attempt races a stop; here the downstream was down during the stop.
        Map<String, Long> repeated = arrivalsPerKey.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(repeated).as("keys delivered more than once").isEmpty();
    }

    private LedgerState state(String id) {
        return gateway.store().find(id).map(JournalEntry::state).orElseThrow();
    }
}
