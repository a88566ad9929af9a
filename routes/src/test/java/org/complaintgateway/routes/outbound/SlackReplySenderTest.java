package org.complaintgateway.routes.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reply goes into the customer's thread with {@code chat.postMessage} and a bearer bot token. Slack says "no" with
 * HTTP 200 and {@code ok:false}: its error code is the reason; only rate limits (429, Retry-After) and its transient
 * errors are retried.
 */
class SlackReplySenderTest {

    private static final String TOKEN = "fake-slack-bot-token";
    private static final String POST_MESSAGE = "/api/chat.postMessage";
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final ReplyHint.Slack HINT = new ReplyHint.Slack("support-slack", "C0123FAKE", "1763805600.000100");

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final SlackReplySender sender = new SlackReplySender(URI.create(api.baseUrl() + "/api"),
            new Secret("${env:SLACK_BOT_TOKEN}", TOKEN), Duration.ofSeconds(5));

    @Test
    void aReplyIsPostedIntoTheCustomersThreadWithTheBotToken() {
        api.stubFor(post(urlEqualTo(POST_MESSAGE))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"channel": "C0123FAKE", "text": "Your refund is on its way.", "thread_ts": "1763805600.000100"}"""))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0123FAKE\",\"ts\":\"1763809200.000200\","
                        + "\"message\":{\"text\":\"Your refund is on its way.\"}}")));

        SendOutcome outcome = sender.send("outbound-1", reply("Your refund is on its way.", HINT), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("1763809200.000200"));
    }

    @Test
    void aMessageOutsideAThreadIsPostedToTheChannel() {
        api.stubFor(post(urlEqualTo(POST_MESSAGE))
                .withRequestBody(equalToJson("{\"channel\": \"C0123FAKE\", \"text\": \"Hello Ana\"}"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0123FAKE\",\"ts\":\"1763809200.000300\"}")));

        SendOutcome outcome = sender.send("outbound-1", reply("Hello Ana", new ReplyHint.Slack("s", "C0123FAKE", null)), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("1763809200.000300"));
    }

    @Test
    void aRateLimitIsRetriedAfterSlacksRetryAfter() {
        api.stubFor(post(urlEqualTo(POST_MESSAGE)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));

        SendOutcome outcome = sender.send("outbound-1", reply("Hello", HINT), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Retry("Slack answered 429: ratelimited", Duration.ofSeconds(30)));
    }

    @Test
    void aServerErrorIsRetried() {
        api.stubFor(post(urlEqualTo(POST_MESSAGE)).willReturn(aResponse().withStatus(503)));

        assertThat(sender.send("outbound-1", reply("Hello", HINT), NOW)).isInstanceOf(SendOutcome.Retry.class);
    }

    @Test
    void aTransientSlackErrorIsRetried() {
        api.stubFor(post(urlEqualTo(POST_MESSAGE)).willReturn(okJson("{\"ok\":false,\"error\":\"internal_error\"}")));

        assertThat(sender.send("outbound-1", reply("Hello", HINT), NOW))
                .isEqualTo(new SendOutcome.Retry("Slack answered 200: internal_error", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel_not_found", "not_in_channel", "is_archived", "invalid_auth", "msg_too_long"})
    void slacksRefusalsFailWithItsErrorCode(String error) {
        api.stubFor(post(urlEqualTo(POST_MESSAGE)).willReturn(okJson("{\"ok\":false,\"error\":\"" + error + "\"}")));

        assertThat(sender.send("outbound-1", reply("Hello", HINT), NOW)).isEqualTo(new SendOutcome.Failed("Slack refused: " + error));
    }

    @Test
    void theTokenNeverAppearsInAnOutcomeEvenWhenTheAnswerQuotesIt() {
        api.stubFor(post(urlEqualTo(POST_MESSAGE)).willReturn(okJson("{\"ok\":false,\"error\":\"invalid_auth " + TOKEN + "\"}")));

        SendOutcome outcome = sender.send("outbound-1", reply("Hello", HINT), NOW);

        assertThat(((SendOutcome.Failed) outcome).reason()).doesNotContain(TOKEN).isEqualTo("Slack refused: invalid_auth <token>");
    }

    @Test
    void aReplyHintOfAnotherChannelFails() {
        SendOutcome outcome = sender.send("outbound-1", reply("Hello", new ReplyHint.Telegram("bot", "15550000001", null)), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("a telegram reply hint cannot be answered on a slack channel"));
    }
}
