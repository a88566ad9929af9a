package org.complaintgateway.it.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.complaintgateway.it.support.DeliveredComplaints;
import org.complaintgateway.it.support.Ledger;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submissions over a channel's rate limit ({@code perIp} per client address, {@code perSender} per
 * e-mail address, case-insensitive) get 429 with a positive whole-seconds {@code Retry-After} and
 * leave nothing in the ledger; those within the limit are accepted and forwarded.
 */
class RateLimitTest {

    @TempDir
    Path dir;

    @AutoClose
    private WebChannel channel;

    @Test
    void fourthSubmissionFromOneAddressWithinAMinuteGets429WithRetryAfter() {
        start("    perIp: {requests: 3, per: 1m}\n    perSender: {requests: 1000, per: 1m}\n");
        WebChannelClient client = channel.client();
        for (int n = 1; n <= 3; n++) {
            assertThat(client.postApi(complaint(n)).statusCode()).as("submission %d", n).isEqualTo(202);
        }

        HttpResponse<String> fourth = client.postApi(complaint(4));

        assertRateLimited(fourth, "address");
        assertOnlyForwarded(3);
    }

    @Test
    void thirdSubmissionFromOneSenderWithinAMinuteGets429WhileOtherSendersGoOn() {
        start("    perIp: {requests: 1000, per: 1m}\n    perSender: {requests: 2, per: 1m}\n");
        WebChannelClient client = channel.client();
        assertThat(client.postApi(from("ann@example.org", 1)).statusCode()).isEqualTo(202);
        assertThat(client.postApi(from("ann@example.org", 2)).statusCode()).isEqualTo(202);

        HttpResponse<String> third = client.postApi(from("Ann@Example.ORG", 3));
        HttpResponse<String> otherSender = client.postApi(from("bob@example.org", 4));

        assertRateLimited(third, "sender");
        assertThat(otherSender.statusCode()).isEqualTo(202);
        assertOnlyForwarded(3);
    }

    @Test
    void formPostOverTheLimitGetsTheRefusalPageWithRetryAfter() {
        start("    perIp: {requests: 1, per: 1m}\n");
        WebChannelClient client = channel.client();
        assertThat(client.postApi(complaint(1)).statusCode()).isEqualTo(202);

        HttpResponse<String> refused = client.postMultipart(new MultipartForm()
                .field("language", "en").field("renderedAt", Long.toString(Instant.now().minusSeconds(60).toEpochMilli()))
                .field("name", "Ada Lovelace").field("email", "ada@example.org")
                .field("subject", "Late delivery").field("message", "My order 4711 is two weeks late."));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(retryAfterSeconds(refused)).isPositive();
        assertThat(FormPages.parse(refused).select("[role=alert]").text()).contains(Long.toString(retryAfterSeconds(refused)));
        assertOnlyForwarded(1);
    }

    private void start(String webformYaml) {
        channel = WebChannel.start(dir, webformYaml);
    }

    private static byte[] complaint(int n) {
        return TestGateway.complaintJson(n).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] from(String email, int n) {
        return ("{\"name\":\"Ann Example\",\"email\":\"" + email + "\",\"subject\":\"Complaint " + n
                + "\",\"message\":\"Something went wrong, case " + n + ".\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRateLimited(HttpResponse<String> response, String scope) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        assertThat(retryAfterSeconds(response)).isPositive();
        JsonNode error = WebChannelClient.json(response).get("error");
        assertThat(error).as(response.body()).isNotNull();
        assertThat(error.asText()).contains("too many submissions").contains(scope);
    }

    private static long retryAfterSeconds(HttpResponse<String> response) {
        String retryAfter = response.headers().firstValue("Retry-After").orElseThrow(
                () -> new AssertionError("no Retry-After on the " + response.statusCode() + " answer"));
        assertThat(retryAfter).matches("\\d+");
        return Long.parseLong(retryAfter);
    }

    /** The ledger holds exactly the accepted submissions, each of them FORWARDED and delivered. */
    private void assertOnlyForwarded(int accepted) {
        Ledger ledger = channel.ledger();
        DeliveredComplaints delivered = channel.delivered();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ledger.count(LedgerState.FORWARDED) == accepted);
        assertThat(ledger.total()).isEqualTo(accepted);
        assertThat(delivered.all()).hasSize(accepted);
    }
}
