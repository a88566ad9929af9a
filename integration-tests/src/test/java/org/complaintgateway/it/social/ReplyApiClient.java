package org.complaintgateway.it.social;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.complaintgateway.it.support.TestGateway;

/**
 * The downstream's side of the reply API: answers a complaint ({@code POST /api/v1/complaints/{id}/replies}) and asks
 * where the answer stands ({@code GET .../replies/{replyId}}), each request with the gateway's configured proof.
 */
final class ReplyApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestGateway gateway;
    private final ReplyProof proof;

    ReplyApiClient(TestGateway gateway, ReplyProof proof) {
        this.gateway = gateway;
        this.proof = proof;
    }

    /** Answers the complaint with {@code text}, proven. */
    HttpResponse<String> reply(String complaintId, String text, String idempotencyKey) {
        byte[] body = body(text, idempotencyKey);
        return TestGateway.send(proof.prove(SignedPost.unsigned(repliesUrl(complaintId), body), body).build());
    }

    /** The reply's status once it is no longer queued: sent or failed, with attempts, reason, providerMessageId. */
    JsonNode awaitOutcome(String complaintId, String replyId) {
        return await().atMost(SocialChannels.WITHIN).until(() -> status(complaintId, replyId),
                status -> !status.path("status").asText().equals("queued"));
    }

    JsonNode status(String complaintId, String replyId) {
        URI url = URI.create(repliesUrl(complaintId) + "/" + replyId);
        HttpResponse<String> answer = TestGateway.send(proof.prove(HttpRequest.newBuilder(url).GET(), new byte[0]).build());
        if (answer.statusCode() != 200) {
            throw new AssertionError("GET " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return json(answer);
    }

    URI repliesUrl(String complaintId) {
        return gateway.url("/api/v1/complaints/" + complaintId + "/replies");
    }

    /** A reply request's body: {@code {"text", "idempotencyKey"}}. */
    static byte[] body(String text, String idempotencyKey) {
        return JSON.createObjectNode().put("text", text).put("idempotencyKey", idempotencyKey).toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
