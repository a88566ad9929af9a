package org.complaintgateway.it.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.complaintgateway.it.support.HealthReport;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.testing.TestPostgres;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the store is unreachable nothing is accepted: the API answers 503 with a JSON error and a
 * Retry-After, so the sender tries again, and health reports the store check DOWN (503).
 */
class StoreOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @AutoClose
    private TestPostgres postgres;
    @AutoClose
    private TestGateway gateway;


    @Test
    void storeDownMakesTheApiAnswer503WithRetryAfterAndHealthDown() {
        postgres = TestPostgres.dedicated();
        gateway = TestGateway.builder(dir).store(postgres.freshDatabase()).build().start();
        HealthReport before = HealthReport.of(gateway);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.status()).isEqualTo("UP");
        assertThat(before.check("store")).contains("UP");

        postgres.close();

        HttpResponse<String> refused = gateway.postJson(TestGateway.complaintJson(1));
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json(refused).path("error").asText()).isNotBlank();
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        // Bounded wait: a pooled connection may outlive the server for a moment before the check sees it gone.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HealthReport after = HealthReport.of(gateway);
            assertThat(after.statusCode()).isEqualTo(503);
            assertThat(after.status()).isEqualTo("DOWN");
            assertThat(after.check("store")).contains("DOWN");
        });
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
