package org.complaintgateway.it.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.complaintgateway.it.support.TestGateway;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generic webhook (the {@code review-site} channel of {@code config/examples/full.yaml}) and the web form only
 * receive: the reply API answers a reply to their complaints 422, naming the channel, and records nothing, so the
 * downstream knows at once to answer as the reply hint says (the review's URL, the customer's e-mail) instead.
 */
class RepliesOnChannelsThatCannotSendTest {

    private static final String REVIEW_SITE_SECRET = "fake-review-site-secret";

    @TempDir
    static Path dir;

    @AutoClose
    static SocialChannels channels;

    @BeforeAll
    static void startGateway() {
        channels = SocialChannels.start(dir, ReplyProof.BEARER, "", builder -> builder
                .channel(ExampleWebhookChannel.hmacItem()).env(ExampleWebhookChannel.SECRET_VARIABLE, REVIEW_SITE_SECRET));
    }

    @Test
    void aReplyToAGenericWebhooksComplaintIsRefused422AndNothingIsRecorded() {
        byte[] review = ProviderFixtures.bytes("webhook/review-created.json");

        assertRefusedAndNothingRecorded(() -> SignedPost.send(SignedPost.hmac(
                channels.gateway.url(ExampleWebhookChannel.PATH), review, ExampleWebhookChannel.SIGNATURE_HEADER,
                ExampleWebhookChannel.SIGNATURE_PREFIX, REVIEW_SITE_SECRET)), ExampleWebhookChannel.ID, "webhook");
    }

    @Test
    void aReplyToAWebFormComplaintIsRefused422AndNothingIsRecorded() {
        assertRefusedAndNothingRecorded(() -> channels.gateway.postJson(TestGateway.complaintJson(1)), "site-form", "webform");
    }

    private static void assertRefusedAndNothingRecorded(Supplier<HttpResponse<String>> customersMessage, String channelId,
                                                        String channelType) {
        JsonNode complaint = channels.complaintFrom(customersMessage);
        String complaintId = complaint.path("id").asText();
        assertThat(complaint.at("/channel/id").asText()).isEqualTo(channelId);

        HttpResponse<String> refused = channels.replies.reply(complaintId, "Thank you for your review.", "thanks");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(ReplyApiClient.json(refused).path("error").asText())
                .contains("'" + channelId + "' (" + channelType + ") cannot send replies");
        assertThat(channels.repliesTo(complaintId)).isEmpty();
    }
}
