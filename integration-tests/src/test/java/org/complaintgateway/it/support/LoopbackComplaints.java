package org.complaintgateway.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintgateway.mappings.json.ComplaintSchema;

/**
 * The complaints a {@link LoopbackDownstream} received, one per Idempotency-Key (at-least-once delivery may repeat
 * one); every body read is checked against the canonical schema.
 */
public final class LoopbackComplaints {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(15);

    private final WireMockServer downstream;

    public LoopbackComplaints(WireMockServer downstream) {
        this.downstream = downstream;
    }

    /** Distinct complaints received so far. */
    public long count() {
        return byKey().size();
    }

    /** Every distinct complaint received so far, oldest first, each asserted valid against the schema. */
    public List<JsonNode> all() {
        return byKey().values().stream().map(LoopbackComplaints::valid).toList();
    }

    /** Waits for the complaint with {@code protocolNumber}, asserts it valid, and returns it. */
    public JsonNode awaitComplaint(String protocolNumber) {
        return await().atMost(DELIVERED_WITHIN).until(() -> all().stream()
                .filter(c -> protocolNumber.equals(c.path("protocolNumber").asText())).findFirst().orElse(null),
                complaint -> complaint != null);
    }

    private Map<String, LoggedRequest> byKey() {
        Map<String, LoggedRequest> first = new LinkedHashMap<>();
        for (LoggedRequest delivery : LoopbackDownstream.deliveries(downstream)) {
            first.putIfAbsent(delivery.getHeader("Idempotency-Key"), delivery);
        }
        return first;
    }

    private static JsonNode valid(LoggedRequest delivery) {
        byte[] body = delivery.getBody();
        assertThat(ComplaintSchema.validate(body)).as("schema violations of a delivered complaint").isEmpty();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
