package org.complaintgateway.routes.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.routes.outbound.TelegramReplySenderTest.reply;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.complaintgateway.config.Secret;
import org.complaintgateway.mappings.model.ReplyHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Messenger and Instagram replies are {@code RESPONSE} messages to {@code /me/messages} with the page token, only
 * inside the 24-hour window (no message tags); Instagram's shorter limit splits sooner. Graph's 5xx and throttling
 * are retried, other refusals fail with Graph's message, and the token never appears in an outcome.
 */
class MessengerReplySenderTest {

    private static final String TOKEN = "fake-page-access-token";
    private static final String MESSAGES = "/v21.0/me/messages";
    private static final Instant WINDOW_END = Instant.parse("2026-11-22T12:00:00Z");
    private static final Instant INSIDE = WINDOW_END.minusSeconds(60);
    private static final ReplyHint.Messenger HINT = new ReplyHint.Messenger("fb", "PSID-FAKE-1", "PAGE-FAKE-1", WINDOW_END);
    private static final String SENT = "{\"recipient_id\":\"PSID-FAKE-1\",\"message_id\":\"m_FAKE01\"}";

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MessengerReplySender sender = new MessengerReplySender(URI.create(api.baseUrl() + "/v21.0"),
            new Secret("${env:PAGE_TOKEN}", TOKEN), Duration.ofSeconds(5));

    @Test
    void insideTheWindowAReplyIsAResponseMessageWithThePageToken() {
        api.stubFor(post(urlEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"recipient": {"id": "PSID-FAKE-1"}, "messaging_type": "RESPONSE",
                         "message": {"text": "Your refund is on its way."}}"""))
                .willReturn(okJson(SENT)));

        SendOutcome outcome = sender.send("outbound-1", reply("Your refund is on its way.", HINT), INSIDE);

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("m_FAKE01"));
    }

    @Test
    void outsideTheWindowAReplyFailsWithoutACall() {
        SendOutcome outcome = sender.send("outbound-1", reply("Hello", HINT), WINDOW_END.plusSeconds(1));

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("the 24-hour window closed at 2026-11-22T12:00:00Z"));
        api.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anInstagramReplyGoesToTheSameEndpointInPartsOfAThousand() {
        api.stubFor(post(urlEqualTo(MESSAGES)).willReturn(okJson(SENT)));
        ReplyHint.Instagram instagram = new ReplyHint.Instagram("ig", "IGSID-FAKE-1", "PAGE-FAKE-1", WINDOW_END);

        SendOutcome outcome = sender.send("outbound-1", reply("a".repeat(900) + " " + "b".repeat(600), instagram), INSIDE);

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("m_FAKE01"));
        api.verify(postRequestedFor(urlEqualTo(MESSAGES)).withRequestBody(equalToJson(
                "{\"recipient\":{\"id\":\"IGSID-FAKE-1\"},\"messaging_type\":\"RESPONSE\",\"message\":{\"text\":\""
                        + "b".repeat(600) + "\"}}")));
        api.verify(2, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void aMessengerReplyOfFifteenHundredCharactersIsOneMessage() {
        api.stubFor(post(urlEqualTo(MESSAGES)).willReturn(okJson(SENT)));

        sender.send("outbound-1", reply("a".repeat(900) + " " + "b".repeat(600), HINT), INSIDE);

        api.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void aServerErrorIsRetried() {
        graphError(500, 2, "An unexpected error has occurred. Please retry your request later.");

        assertThat(sender.send("outbound-1", reply("Hello", HINT), INSIDE)).isInstanceOf(SendOutcome.Retry.class);
    }

    @Test
    void pageThrottlingIsRetried() {
        graphError(400, 613, "Calls to this api have exceeded the rate limit.");

        assertThat(sender.send("outbound-1", reply("Hello", HINT), INSIDE)).isEqualTo(new SendOutcome.Retry(
                "Messenger answered 400: Calls to this api have exceeded the rate limit. (code 613)", null));
    }

    @Test
    void aRefusalFailsWithGraphsMessage() {
        graphError(400, 551, "This person isn't available right now.");

        assertThat(sender.send("outbound-1", reply("Hello", HINT), INSIDE)).isEqualTo(
                new SendOutcome.Failed("Messenger refused (400): This person isn't available right now. (code 551)"));
    }

    @Test
    void theTokenNeverAppearsInAnOutcomeEvenWhenGraphQuotesIt() {
        graphError(400, 190, "Invalid OAuth access token " + TOKEN);

        SendOutcome outcome = sender.send("outbound-1", reply("Hello", HINT), INSIDE);

        assertThat(((SendOutcome.Failed) outcome).reason()).doesNotContain(TOKEN).contains("Invalid OAuth access token <token>");
    }

    @Test
    void aReplyHintOfAnotherChannelFails() {
        SendOutcome outcome = sender.send("outbound-1", reply("Hello", new ReplyHint.Slack("s", "C0123FAKE", null)), INSIDE);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("a slack reply hint cannot be answered on a messenger or instagram channel"));
    }

    private static void graphError(int status, int code, String message) {
        api.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                        + ",\"fbtrace_id\":\"AfakeTraceId\"}}")));
    }
}
