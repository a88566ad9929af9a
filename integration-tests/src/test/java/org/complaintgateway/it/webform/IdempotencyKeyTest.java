package org.complaintgateway.it.webform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.mappings.json.ComplaintSchema;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API client that repeats a submission with the same {@code Idempotency-Key} gets the first answer
 * again (same id, same protocol number) and the downstream receives the complaint once; the repeat is
 * recorded as DUPLICATE. A key that is not 1 to 200 printable ASCII characters is refused with 400.
 */
class IdempotencyKeyTest {

    private static final String DOWNSTREAM_PATH = "/api/complaints";

    @TempDir
    Path dir;

    private WireMockServer downstream;
    private WebChannel channel;

    @BeforeEach
    void start() {
        downstream = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        downstream.start();
        downstream.stubFor(post(DOWNSTREAM_PATH).willReturn(aResponse().withStatus(201)));
        channel = WebChannel.start(dir, gateway -> gateway
                .httpDownstream("http://127.0.0.1:" + downstream.port() + DOWNSTREAM_PATH, "obviously-fake-signing-secret",
                        "  initialBackoff: 100ms\n  maxBackoff: 500ms\n"));
    }

    @AfterEach
    void stop() {
        if (channel != null) {
            channel.close();
        }
        downstream.stop();
    }

    @Test
    void sameKeyTwiceGetsTheSameAnswerAndDeliversOneComplaint() {
        byte[] body = TestGateway.complaintJson(1).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> first = channel.client().postApi(body, "Idempotency-Key", "order-4711-late");
        HttpResponse<String> second = channel.client().postApi(body, "Idempotency-Key", "order-4711-late");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        JsonNode answer = WebChannelClient.json(first);
        assertThat(WebChannelClient.json(second)).isEqualTo(answer);
        String id = answer.get("id").asText();
        assertThat(channel.ledger().awaitTerminal(id).state()).isEqualTo(LedgerState.FORWARDED);
        await().atMost(Duration.ofSeconds(5)).until(() -> channel.ledger().count(LedgerState.DUPLICATE) == 1);
        assertThat(channel.ledger().count(LedgerState.FORWARDED)).isEqualTo(1);
        assertThat(channel.ledger().total()).isEqualTo(2);
        List<LoggedRequest> deliveries = deliveriesStayingAt(1);
        LoggedRequest delivery = deliveries.get(0);
        assertThat(delivery.getHeader("Idempotency-Key")).isEqualTo(id);
        assertThat(delivery.getHeader("X-Protocol-Number")).isEqualTo(answer.get("protocolNumber").asText());
        assertThat(ComplaintSchema.validate(delivery.getBody())).isEmpty();
    }

    @Test
    void keyOf300CharactersIsRefusedWith400AndRecordsNothing() {
        HttpResponse<String> response = channel.client().postApi(TestGateway.complaintJson(1).getBytes(StandardCharsets.UTF_8),
                "Idempotency-Key", "k".repeat(300));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(WebChannelClient.json(response).get("error").asText()).contains("Idempotency-Key");
        assertThat(channel.ledger().total()).isZero();
        assertThat(deliveriesStayingAt(0)).isEmpty();
    }

    /** The downstream's requests, once their number has held still for half a second: no late repeat. */
    private List<LoggedRequest> deliveriesStayingAt(int expected) {
        await().atMost(Duration.ofSeconds(5)).during(Duration.ofMillis(500))
                .until(() -> downstream.findAll(postRequestedFor(urlEqualTo(DOWNSTREAM_PATH))).size() == expected);
        return downstream.findAll(postRequestedFor(urlEqualTo(DOWNSTREAM_PATH)));
    }
}
