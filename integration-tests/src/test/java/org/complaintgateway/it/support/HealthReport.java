package org.complaintgateway.it.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** The gateway's health endpoint ({@code /observe/health} on the management port), read once. */
public record HealthReport(int statusCode, JsonNode body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static HealthReport of(TestGateway gateway) {
        HttpResponse<String> response = TestGateway.send(
                HttpRequest.newBuilder(gateway.managementUrl("/observe/health")).GET().build());
        try {
            return new HealthReport(response.statusCode(), JSON.readTree(response.body()));
        } catch (JsonProcessingException e) {
            throw new AssertionError("health is not JSON: " + response.body(), e);
        }
    }

    /** UP or DOWN, for the gateway as a whole. */
    public String status() {
        return body.path("status").asText();
    }

    /** The status of the check named {@code name} (e.g. {@code store}, {@code consumer:<routeId>}), if there is one. */
    public Optional<String> check(String name) {
        for (JsonNode check : body.path("checks")) {
            if (check.path("name").asText().equals(name)) {
                return Optional.of(check.path("status").asText());
            }
        }
        return Optional.empty();
    }
}
