package org.complaintgateway.it.social;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * One POST a fake provider API answered: what the gateway sent (path, {@code Authorization}, JSON body) and what the
 * fake said back (JSON, or a missing node when it was none), so that a test can compare the id the gateway recorded
 * with the one the provider gave.
 */
record ApiCall(String path, String authorization, JsonNode body, int status, JsonNode answer) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The answered POSTs whose raw body contains {@code marker} (a test's reply text), oldest first. WireMock logs a
     * request before it has answered it; one still being answered is left out, so callers wait for the count.
     */
    static List<ApiCall> containing(WireMockServer server, String marker) {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST"))
                .filter(event -> event.getResponse() != null)
                .filter(event -> event.getRequest().getBodyAsString().contains(marker))
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(ApiCall::of)
                .toList();
    }

    private static ApiCall of(ServeEvent event) {
        return new ApiCall(event.getRequest().getUrl(), event.getRequest().getHeader("Authorization"),
                request(event.getRequest().getBodyAsString()), event.getResponse().getStatus(),
                answer(event.getResponse().getBodyAsString()));
    }

    /** What the gateway sent: JSON, or the test fails. */
    private static JsonNode request(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("the gateway sent no JSON: " + json, e);
        }
    }

    /** What the fake answered: JSON, or a missing node (a proxy's 503 page, say). */
    private static JsonNode answer(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json == null ? MissingNode.getInstance() : json;
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }
}
