package org.complaintgateway.it.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.complaintgateway.it.support.GatewayWithDownstream;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generic webhook as admins configure it: the {@code review-site} channel of {@code config/examples/full.yaml}
 * (HMAC in {@code X-Signature}) and the same channel with the bearer token the example offers instead. A proven
 * request becomes a complaint with every field the example maps, and the 200 names its protocol number; a missing
 * proof is refused 401, a wrong one 403, with nothing journaled; a body without the text is QUARANTINED with the
 * reason and still answered 200 (sending it again cannot help); a body over {@code maxBodySize} is refused 413.
 */
class GenericWebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "fake-review-site-secret";
    private static final String TOKEN = "fake-review-site-token";
    private static final String BEARER_SUFFIX = "-bearer";
    private static final String REVIEW = "webhook/review-created.json";

    @TempDir
    static Path dir;

    @AutoClose
    static GatewayWithDownstream running;

    @BeforeAll
    static void startGateway() {
        running = GatewayWithDownstream.start(dir,
                ExampleWebhookChannel.hmacItem() + ExampleWebhookChannel.bearerItem(BEARER_SUFFIX),
                builder -> builder.env(ExampleWebhookChannel.SECRET_VARIABLE, SECRET)
                        .env(ExampleWebhookChannel.TOKEN_VARIABLE, TOKEN));
    }

    @Test
    void aSignedReviewBecomesAComplaintWithEveryMappedFieldAndTheAnswerNamesItsProtocolNumber() {
        JsonNode review = ProviderFixtures.json(REVIEW).path("review");

        Posted posted = post(signed(ProviderFixtures.bytes(REVIEW)));

        assertThat(posted.status()).isEqualTo(200);
        JsonNode answer = json(posted.response());
        JournalEntry entry = posted.only();
        assertThat(answer.path("protocolNumber").asText()).isEqualTo(entry.protocolNumber()).isNotBlank();
        assertThat(answer.path("id").asText()).isEqualTo(entry.id());
        assertThat(running.ledger.awaitTerminal(entry.id()).state()).isEqualTo(LedgerState.FORWARDED);
        JsonNode complaint = running.delivered.awaitComplaint(answer.path("protocolNumber").asText());
        assertThat(complaint.at("/channel/type").asText()).isEqualTo("webhook");
        assertThat(complaint.at("/channel/id").asText()).isEqualTo(ExampleWebhookChannel.ID);
        assertThat(complaint.at("/channel/externalId").asText()).isEqualTo(review.path("id").asText());
        assertThat(complaint.at("/customer/name").asText()).isEqualTo(review.at("/author/name").asText());
        assertThat(complaint.at("/customer/email").asText()).isEqualTo(review.at("/author/email").asText());
        assertThat(complaint.at("/customer/phone").asText()).isEqualTo(review.at("/author/phone").asText());
        // a subject is one line; the text keeps its lines, with the sender's CRLF as LF
        assertThat(complaint.path("subject").asText()).isEqualTo("Kettle broke after one day");
        assertThat(complaint.path("text").asText()).isEqualTo(review.path("body").asText().replace("\r\n", "\n"));
        assertThat(complaint.at("/replyHint/channelType").asText()).isEqualTo("webhook");
        assertThat(complaint.at("/replyHint/channelId").asText()).isEqualTo(ExampleWebhookChannel.ID);
        assertThat(complaint.at("/replyHint/replyTo").asText()).isEqualTo(review.path("url").asText());
    }

    @Test
    void theSameReviewPostedAgainIsADuplicateAndTheAnswerNamesTheFirstComplaint() {
        byte[] body = ProviderFixtures.bytes("webhook/review-numeric-id.json");

        Posted first = post(signed(body));
        Posted again = post(signed(body));

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.only().state()).isEqualTo(LedgerState.DUPLICATE);
        assertThat(json(again.response()).path("duplicate").asBoolean()).isTrue();
        assertThat(json(again.response()).path("protocolNumber").asText())
                .isEqualTo(json(first.response()).path("protocolNumber").asText());
        assertThat(running.delivered.awaitComplaint(first.only().protocolNumber()).at("/channel/externalId").asText())
                .isEqualTo("90210042");
    }

    @Test
    void aReviewWithoutTextIsQuarantinedWithTheReasonAndStillAnswered200() {
        Posted posted = post(signed(ProviderFixtures.bytes("webhook/review-without-text.json")));

        assertThat(posted.status()).isEqualTo(200);
        JournalEntry entry = posted.only();
        assertThat(entry.state()).isEqualTo(LedgerState.QUARANTINED);
        assertThat(entry.reason()).isEqualTo("no text at /review/body");
    }

    @Test
    void aBodyOverMaxBodySizeIsRefused413AndNothingIsJournaled() {
        // the example's maxBodySize is 1MB: a review one byte longer, signed like any other
        String head = "{\"review\":{\"id\":\"rv-big\",\"body\":\"";
        String tail = "\"}}";
        byte[] tooLarge = (head + "x".repeat((1 << 20) + 1 - head.length() - tail.length()) + tail)
                .getBytes(StandardCharsets.UTF_8);
        assertThat(tooLarge).hasSize((1 << 20) + 1);

        Posted posted = post(signed(tooLarge));

        assertThat(posted.status()).isEqualTo(413);
        assertThat(posted.journaled()).isEmpty();
    }

    @Test
    void aReviewWithoutSignatureIsRefused401AndNothingIsJournaled() {
        Posted posted = post(SignedPost.unsigned(url(""), ProviderFixtures.bytes(REVIEW)));

        assertThat(posted.status()).isEqualTo(401);
        assertThat(posted.journaled()).isEmpty();
    }

    @Test
    void aReviewSignedWithAnotherSecretIsRefused403AndNothingIsJournaled() {
        Posted posted = post(SignedPost.hmac(url(""), ProviderFixtures.bytes(REVIEW), ExampleWebhookChannel.SIGNATURE_HEADER,
                ExampleWebhookChannel.SIGNATURE_PREFIX, "fake-wrong-secret"));

        assertThat(posted.status()).isEqualTo(403);
        assertThat(posted.journaled()).isEmpty();
    }

    @Test
    void aReviewReSerializedAfterSigningIsRefused403AndNothingIsJournaled() {
        byte[] original = ProviderFixtures.bytes(REVIEW);
        String signature = signed(original).build().headers().firstValue(ExampleWebhookChannel.SIGNATURE_HEADER).orElseThrow();

        Posted posted = post(SignedPost.unsigned(url(""), SignedPost.reserialized(original))
                .header(ExampleWebhookChannel.SIGNATURE_HEADER, signature));

        assertThat(posted.status()).isEqualTo(403);
        assertThat(posted.journaled()).isEmpty();
    }

    @Test
    void aReviewWithTheBearerTokenBecomesAComplaint() {
        Posted posted = post(SignedPost.bearer(url(BEARER_SUFFIX), ProviderFixtures.bytes("webhook/review-html-body.json"), TOKEN));

        assertThat(posted.status()).isEqualTo(200);
        JsonNode complaint = running.delivered.awaitComplaint(json(posted.response()).path("protocolNumber").asText());
        assertThat(complaint.at("/channel/id").asText()).isEqualTo(ExampleWebhookChannel.ID + BEARER_SUFFIX);
        assertThat(complaint.at("/channel/externalId").asText()).isEqualTo("rv-2026-0302-0043");
        assertThat(complaint.path("text").asText()).contains("The kettle leaks.").doesNotContain("<b>", "alert");
    }

    @Test
    void aReviewWithoutOrWithAWrongBearerTokenIsRefusedAndNothingIsJournaled() {
        byte[] body = ProviderFixtures.bytes("webhook/review-html-body.json");

        Posted missing = post(SignedPost.unsigned(url(BEARER_SUFFIX), body));
        Posted wrong = post(SignedPost.bearer(url(BEARER_SUFFIX), body, "fake-wrong-token"));

        assertThat(missing.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(missing.journaled()).isEmpty();
        assertThat(wrong.journaled()).isEmpty();
    }

    private static Posted post(HttpRequest.Builder request) {
        return Posted.by(running.ledger, () -> SignedPost.send(request));
    }

    private static HttpRequest.Builder signed(byte[] body) {
        return SignedPost.hmac(url(""), body, ExampleWebhookChannel.SIGNATURE_HEADER, ExampleWebhookChannel.SIGNATURE_PREFIX,
                SECRET);
    }

    private static URI url(String suffix) {
        return running.gateway.url(ExampleWebhookChannel.PATH + suffix);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
