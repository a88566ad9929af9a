package org.complaintgateway.it.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.complaintgateway.it.support.LoopbackDownstream;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of downstream authentication arrives as configured, its secret taken from the reference in
 * the config, and the loaded configuration never prints a secret's value, only its reference.
 */
class DownstreamAuthTest {

    private static final String SIGNING_SECRET = "fake-signing-secret-for-tests";

    @TempDir
    Path dir;

    @AutoClose
    private TestGateway gateway;
    @AutoClose("stop")
    private WireMockServer downstream;

    @BeforeEach
    void startDownstream() {
        downstream = LoopbackDownstream.start();
        downstream.stubFor(post(urlEqualTo(LoopbackDownstream.PATH)).willReturn(aResponse().withStatus(201)));
    }


    @Test
    void bearerTokenArrivesInTheAuthorizationHeader() {
        String token = "fake-bearer-token-0000";
        startGateway("  auth:\n    type: bearer\n    token: \"${env:CRM_TOKEN}\"\n", "CRM_TOKEN", token);

        LoggedRequest delivery = deliverOne();

        assertThat(delivery.getHeader("Authorization")).isEqualTo("Bearer " + token);
        assertSecretsDoNotPrint(token, "${env:CRM_TOKEN}");
    }

    @Test
    void basicCredentialsArriveInTheAuthorizationHeader() {
        String password = "fake-basic-password-0000";
        startGateway("  auth:\n    type: basic\n    user: gateway-test\n    password: \"${env:CRM_PASSWORD}\"\n",
                "CRM_PASSWORD", password);

        LoggedRequest delivery = deliverOne();

        String expected = Base64.getEncoder().encodeToString(("gateway-test:" + password).getBytes(StandardCharsets.UTF_8));
        assertThat(delivery.getHeader("Authorization")).isEqualTo("Basic " + expected);
        assertSecretsDoNotPrint(password, "${env:CRM_PASSWORD}");
    }

    @Test
    void customHeaderArrivesWithItsValue() {
        String apiKey = "fake-api-key-0000";
        startGateway("  auth:\n    type: header\n    name: X-Api-Key\n    value: \"${env:CRM_API_KEY}\"\n",
                "CRM_API_KEY", apiKey);

        LoggedRequest delivery = deliverOne();

        assertThat(delivery.getHeader("X-Api-Key")).isEqualTo(apiKey);
        assertThat(delivery.containsHeader("Authorization")).isFalse();
        assertSecretsDoNotPrint(apiKey, "${env:CRM_API_KEY}");
    }

    private void startGateway(String authYaml, String envName, String secret) {
        gateway = TestGateway.builder(dir)
                .httpDownstream(LoopbackDownstream.url(downstream.port()), SIGNING_SECRET, authYaml)
                .env(envName, secret)
                .build().start();
    }

    /** Sends one complaint and returns the one delivery of it, once the ledger says FORWARDED. */
    private LoggedRequest deliverOne() {
        AcceptedComplaint accepted = AcceptedComplaint.of(gateway.postJson(TestGateway.complaintJson(1)));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.store().find(accepted.id())
                .map(JournalEntry::state).orElseThrow() == LedgerState.FORWARDED);
        return LoopbackDownstream.deliveries(downstream).stream().filter(r -> accepted.id().equals(r.getHeader("Idempotency-Key")))
                .findFirst().orElseThrow(() -> new AssertionError("no delivery with key " + accepted.id()));
    }

    private void assertSecretsDoNotPrint(String secret, String reference) {
        String printed = gateway.config().toString();
        assertThat(printed).doesNotContain(secret).doesNotContain(SIGNING_SECRET).contains(reference);
    }
}
