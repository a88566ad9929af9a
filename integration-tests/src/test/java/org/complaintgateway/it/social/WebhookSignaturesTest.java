package org.complaintgateway.it.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.complaintgateway.it.support.TestGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only what Meta and Slack signed is journaled. A signature is checked over the bytes as received: a valid one is
 * answered 200; a missing one 401; a wrong one, one over a body re-serialized after signing, or (Slack) one over a
 * timestamp more than five minutes old 403; and a refused request journals nothing. Meta's subscription check echoes
 * its challenge only for the configured verify token. (The generic webhook's proofs: {@link GenericWebhookTest}.)
 */
class WebhookSignaturesTest extends OnSocialChannels {

    private static final String WRONG_SECRET = "fake-wrong-secret";
    private static final String CHALLENGE = "1158201444";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SocialChannels.WHATSAPP, SocialChannels.MESSENGER, SocialChannels.INSTAGRAM})
    void aDeliverySignedWithTheAppSecretIsAnswered200AndJournaled(String channelId) {
        Posted posted = channels.post(() -> channels.postToMeta(channelId, textOf(channelId)));

        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.journaled()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SocialChannels.WHATSAPP, SocialChannels.MESSENGER, SocialChannels.INSTAGRAM})
    void aDeliveryWithoutSignatureIsRefused401AndNothingIsJournaled(String channelId) {
        URI webhook = channels.webhook(channelId);

        Posted posted = channels.post(() -> SignedPost.send(SignedPost.unsigned(webhook, textOf(channelId))));

        assertThat(posted.status()).isEqualTo(401);
        assertThat(posted.journaled()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SocialChannels.WHATSAPP, SocialChannels.MESSENGER, SocialChannels.INSTAGRAM})
    void aDeliverySignedWithAnotherSecretIsRefused403AndNothingIsJournaled(String channelId) {
        URI webhook = channels.webhook(channelId);

        Posted posted = channels.post(() -> SignedPost.send(SignedPost.meta(webhook, textOf(channelId), WRONG_SECRET)));

        assertThat(posted.status()).isEqualTo(403);
        assertThat(posted.journaled()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SocialChannels.WHATSAPP, SocialChannels.MESSENGER, SocialChannels.INSTAGRAM})
    void aDeliveryReSerializedAfterSigningIsRefused403AndNothingIsJournaled(String channelId) {
        byte[] signed = textOf(channelId);
        byte[] reserialized = SignedPost.reserialized(signed);
        String signature = SignedPost.metaSignature(signed, SocialChannels.APP_SECRET);
        URI webhook = channels.webhook(channelId);

        Posted posted = channels.post(() -> SignedPost.send(SignedPost.unsigned(webhook, reserialized)
                .header(SignedPost.META_SIGNATURE, signature)));

        assertThat(posted.status()).isEqualTo(403);
        assertThat(posted.journaled()).isEmpty();
    }

    @Test
    void theSubscriptionCheckWithTheVerifyTokenIsAnsweredWithTheChallenge() {
        HttpResponse<String> answer = subscriptionCheck(SocialChannels.VERIFY_TOKEN);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(CHALLENGE);
    }

    @Test
    void theSubscriptionCheckWithAnotherVerifyTokenIsRefused403() {
        HttpResponse<String> answer = subscriptionCheck("fake-wrong-verify-token");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain(CHALLENGE);
    }

    @Test
    void aSlackEventSignedNowIsAnswered200AndJournaled() {
        Posted posted = channels.post(() -> channels.postToSlack(ProviderFixtures.bytes("slack/message-im.json")));

        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.journaled()).hasSize(1);
    }

    @Test
    void aSlackEventWithoutSignatureOrTimestampIsRefused401AndNothingIsJournaled() {
        byte[] body = ProviderFixtures.bytes("slack/app-mention.json");
        HttpRequest.Builder signed = SignedPost.slack(slackUrl(), body, SocialChannels.SLACK_SIGNING_SECRET, Instant.now());
        String timestamp = signed.build().headers().firstValue(SignedPost.SLACK_TIMESTAMP).orElseThrow();
        String signature = signed.build().headers().firstValue(SignedPost.SLACK_SIGNATURE).orElseThrow();

        Posted unsigned = channels.post(() -> SignedPost.send(SignedPost.unsigned(slackUrl(), body)));
        Posted withoutTimestamp = channels.post(() -> SignedPost.send(SignedPost.unsigned(slackUrl(), body)
                .header(SignedPost.SLACK_SIGNATURE, signature)));
        Posted withoutSignature = channels.post(() -> SignedPost.send(SignedPost.unsigned(slackUrl(), body)
                .header(SignedPost.SLACK_TIMESTAMP, timestamp)));

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(withoutTimestamp.status()).isEqualTo(401);
        assertThat(withoutSignature.status()).isEqualTo(401);
        assertThat(unsigned.journaled()).isEmpty();
        assertThat(withoutTimestamp.journaled()).isEmpty();
        assertThat(withoutSignature.journaled()).isEmpty();
    }

    @Test
    void aSlackEventSignedWithAnotherSecretIsRefused403AndNothingIsJournaled() {
        byte[] body = ProviderFixtures.bytes("slack/app-mention.json");

        Posted posted = channels.post(() -> SignedPost.send(SignedPost.slack(slackUrl(), body, WRONG_SECRET, Instant.now())));

        assertThat(posted.status()).isEqualTo(403);
        assertThat(posted.journaled()).isEmpty();
    }

    @Test
    void aSlackEventReSerializedAfterSigningIsRefused403AndNothingIsJournaled() {
        byte[] signed = ProviderFixtures.bytes("slack/app-mention.json");
        HttpRequest headers = SignedPost.slack(slackUrl(), signed, SocialChannels.SLACK_SIGNING_SECRET, Instant.now()).build();

        Posted posted = channels.post(() -> SignedPost.send(SignedPost.unsigned(slackUrl(), SignedPost.reserialized(signed))
                .header(SignedPost.SLACK_TIMESTAMP, headers.headers().firstValue(SignedPost.SLACK_TIMESTAMP).orElseThrow())
                .header(SignedPost.SLACK_SIGNATURE, headers.headers().firstValue(SignedPost.SLACK_SIGNATURE).orElseThrow())));

        assertThat(posted.status()).isEqualTo(403);
        assertThat(posted.journaled()).isEmpty();
    }

    @Test
    void aSlackEventCorrectlySignedSixMinutesAgoIsRefused403AsAReplay() {
        byte[] body = ProviderFixtures.bytes("slack/app-mention.json");
        Instant sixMinutesAgo = Instant.now().minus(Duration.ofMinutes(6));

        Posted posted = channels.post(() -> SignedPost.send(
                SignedPost.slack(slackUrl(), body, SocialChannels.SLACK_SIGNING_SECRET, sixMinutesAgo)));

        assertThat(posted.status()).isEqualTo(403);
        assertThat(posted.journaled()).isEmpty();
    }

    private static HttpResponse<String> subscriptionCheck(String verifyToken) {
        URI check = URI.create(channels.webhook(SocialChannels.WHATSAPP) + "?hub.mode=subscribe&hub.challenge=" + CHALLENGE
                + "&hub.verify_token=" + URLEncoder.encode(verifyToken, StandardCharsets.UTF_8));
        return TestGateway.send(HttpRequest.newBuilder(check).GET().build());
    }

    private static URI slackUrl() {
        return channels.webhook(SocialChannels.SLACK);
    }

    /** The text message fixture of the channel's platform. */
    private static byte[] textOf(String channelId) {
        return ProviderFixtures.bytes("meta/" + channelId.substring("support-".length()) + "/message-text.json");
    }
}
