package org.complaintgateway.it.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.complaintgateway.it.support.TestGateway;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reply API proven by the gateway's own signature instead of a bearer token ({@code replies.auth.signature}): a
 * request signed over its raw body with the secret and a timestamp of now is accepted (202) and its status can be
 * asked with a signed GET; a signature made with another secret, a body changed after signing, and a timestamp more
 * than 5 minutes old (a captured request replayed) are refused 403 and record nothing; a bearer token is no proof here.
 */
class ReplyApiSignatureTest {

    private static final String WRONG_SECRET = "fake-someone-elses-secret";

    @TempDir
    static Path dir;

    @AutoClose
    static SocialChannels channels;

    @BeforeAll
    static void startGateway() {
        channels = SocialChannels.start(dir, ReplyProof.SIGNATURE, "", UnaryOperator.identity());
    }

    @Test
    void aRequestSignedWithTheSecretNowIsAcceptedAndTheReplySent() {
        String complaintId = complaintFromWhatsApp();

        HttpResponse<String> accepted = channels.replies.reply(complaintId, "Your parcel left today.", "parcel");

        assertThat(accepted.statusCode()).isEqualTo(202);
        String replyId = ReplyApiClient.json(accepted).path("id").asText();
        assertThat(channels.replies.awaitOutcome(complaintId, replyId).path("status").asText()).isEqualTo("sent");
        assertThat(channels.graph.awaitMessagesContaining("Your parcel left today.", 1)).hasSize(1);
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRefused() {
        String complaintId = complaintFromWhatsApp();
        byte[] body = ReplyApiClient.body("Hello from someone else", "forged");

        HttpResponse<String> refused = send(complaintId, body, body, WRONG_SECRET, Instant.now());

        assertRefusedAndNothingRecorded(complaintId, refused);
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String complaintId = complaintFromWhatsApp();
        byte[] signed = ReplyApiClient.body("We will refund you.", "refund");
        byte[] changed = ReplyApiClient.body("We will not refund you.", "refund");

        HttpResponse<String> refused = send(complaintId, signed, changed, ReplyProof.SIGNATURE.secret, Instant.now());

        assertRefusedAndNothingRecorded(complaintId, refused);
    }

    @Test
    void aTimestampMoreThanFiveMinutesOldIsRefusedEvenWithTheRightSignature() {
        String complaintId = complaintFromWhatsApp();
        byte[] body = ReplyApiClient.body("Your parcel left today.", "replayed");
        Instant sixMinutesAgo = Instant.now().minus(Duration.ofMinutes(6));

        HttpResponse<String> refused = send(complaintId, body, body, ReplyProof.SIGNATURE.secret, sixMinutesAgo);

        assertRefusedAndNothingRecorded(complaintId, refused);
        assertThat(refused.body()).contains("X-Gateway-Timestamp");
    }

    @Test
    void aBearerTokenIsNoProofWhenTheApiTakesSignatures() {
        String complaintId = complaintFromWhatsApp();
        byte[] body = ReplyApiClient.body("Hello", "bearer");

        HttpResponse<String> refused = TestGateway.send(SignedPost.bearer(channels.replies.repliesUrl(complaintId), body,
                ReplyProof.SIGNATURE.secret).build());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(channels.repliesTo(complaintId)).isEmpty();
    }

    /** POSTs {@code sent}, with the signature of {@code signed} made with {@code secret} at {@code at}. */
    private static HttpResponse<String> send(String complaintId, byte[] signed, byte[] sent, String secret, Instant at) {
        return TestGateway.send(SignedPost.gatewaySigned(SignedPost.unsigned(channels.replies.repliesUrl(complaintId), sent),
                signed, secret, at).build());
    }

    private static void assertRefusedAndNothingRecorded(String complaintId, HttpResponse<String> refused) {
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(ReplyProof.SIGNATURE.secret);
        assertThat(channels.repliesTo(complaintId)).isEmpty();
    }

    private static String complaintFromWhatsApp() {
        byte[] message = FreshMessages.whatsApp(Instant.now());
        return channels.complaintFrom(() -> channels.postToMeta(SocialChannels.WHATSAPP, message)).path("id").asText();
    }
}
