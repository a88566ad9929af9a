package org.complaintgateway.routes.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.complaintgateway.config.Secret;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.ReplyHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reply goes to the chat with {@code sendMessage}, quoting the customer's message; Telegram's "not now" (429 with
 * {@code retry_after}, 5xx) is retried, its refusals (chat not found, bot blocked) fail with its own words, and the
 * bot token, which is part of every URL, never appears in an outcome.
 */
class TelegramReplySenderTest {

    private static final String TOKEN = "fake-telegram-token";
    private static final String SEND_MESSAGE = "/bot" + TOKEN + "/sendMessage";
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final ReplyHint.Telegram HINT = new ReplyHint.Telegram("bot", "15550000001", "42");

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final TelegramReplySender sender = new TelegramReplySender(URI.create(api.baseUrl() + "/"),
            new Secret("${env:TELEGRAM_TOKEN}", TOKEN), Duration.ofSeconds(5));

    @Test
    void aReplyIsSentToTheChatQuotingTheCustomersMessage() {
        api.stubFor(post(urlEqualTo(SEND_MESSAGE))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"chat_id": 15550000001, "text": "Your refund is on its way.",
                         "reply_parameters": {"message_id": 42, "allow_sending_without_reply": true}}"""))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":77,\"chat\":{\"id\":15550000001}}}")));

        SendOutcome outcome = sender.send("outbound-1", reply("Your refund is on its way.", HINT), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("77"));
    }

    @Test
    void aHintWithoutAMessageToQuoteSendsAPlainMessage() {
        api.stubFor(post(urlEqualTo(SEND_MESSAGE))
                .withRequestBody(equalToJson("{\"chat_id\": 15550000001, \"text\": \"Hello Ana\"}"))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":78}}")));

        SendOutcome outcome = sender.send("outbound-1",
                reply("Hello Ana", new ReplyHint.Telegram("bot", "15550000001", null)), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("78"));
    }

    @Test
    void tooManyRequestsIsRetriedAfterTelegramsRetryAfter() {
        api.stubFor(post(urlEqualTo(SEND_MESSAGE)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 17\","
                        + "\"parameters\":{\"retry_after\":17}}")));

        SendOutcome outcome = sender.send("outbound-1", reply("Hello", HINT), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Retry(
                "Telegram answered 429: Too Many Requests: retry after 17", Duration.ofSeconds(17)));
    }

    @Test
    void aServerErrorIsRetriedWithoutAWait() {
        api.stubFor(post(urlEqualTo(SEND_MESSAGE)).willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

        SendOutcome outcome = sender.send("outbound-1", reply("Hello", HINT), NOW);

        assertThat(outcome).isInstanceOf(SendOutcome.Retry.class);
        assertThat(((SendOutcome.Retry) outcome).retryAfter()).isNull();
    }

    @Test
    void aChatThatIsGoneFailsWithTelegramsDescription() {
        refuse(400, "Bad Request: chat not found");

        SendOutcome outcome = sender.send("outbound-1", reply("Hello", HINT), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("Telegram refused (400): Bad Request: chat not found"));
    }

    @Test
    void aBotTheCustomerBlockedFailsWithTelegramsDescription() {
        refuse(403, "Forbidden: bot was blocked by the user");

        SendOutcome outcome = sender.send("outbound-1", reply("Hello", HINT), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("Telegram refused (403): Forbidden: bot was blocked by the user"));
    }

    @Test
    void theTokenNeverAppearsInAnOutcomeEvenWhenTelegramQuotesIt() {
        refuse(404, "Not Found: method " + SEND_MESSAGE + " not found");

        SendOutcome outcome = sender.send("outbound-1", reply("Hello", HINT), NOW);

        assertThat(((SendOutcome.Failed) outcome).reason()).doesNotContain(TOKEN).contains("/bot<token>/sendMessage");
    }

    @Test
    void aTextLongerThanTelegramTakesIsSentInPartsAndKeepsTheFirstId() {
        String text = "a".repeat(4000) + " " + "b".repeat(1000);
        answerInTurn(okJson("{\"ok\":true,\"result\":{\"message_id\":101}}"),
                okJson("{\"ok\":true,\"result\":{\"message_id\":102}}"));

        SendOutcome outcome = sender.send("outbound-1", reply(text, HINT), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("101"));
        api.verify(postRequestedFor(urlEqualTo(SEND_MESSAGE)).withRequestBody(equalToJson(
                "{\"chat_id\":15550000001,\"text\":\"" + "a".repeat(4000) + "\",\"reply_parameters\":"
                        + "{\"message_id\":42,\"allow_sending_without_reply\":true}}")));
        api.verify(postRequestedFor(urlEqualTo(SEND_MESSAGE)).withRequestBody(equalToJson(
                "{\"chat_id\":15550000001,\"text\":\"" + "b".repeat(1000) + "\"}")));
    }

    @Test
    void aLaterPartThatCannotBeSentFailsRatherThanRepeatTheFirst() {
        String text = "a".repeat(4000) + " " + "b".repeat(1000);
        answerInTurn(okJson("{\"ok\":true,\"result\":{\"message_id\":101}}"), aResponse().withStatus(502));

        SendOutcome outcome = sender.send("outbound-1", reply(text, HINT), NOW);

        assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
        assertThat(((SendOutcome.Failed) outcome).reason()).startsWith("part 2 of 2 was not sent").contains("101");
    }

    @Test
    void attachmentsDoNotStopTheText() {
        api.stubFor(post(urlEqualTo(SEND_MESSAGE)).willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":79}}")));
        ReplyContent content = new ReplyContent("See the form attached.",
                List.of(Attachment.inline("form.txt", "text/plain", new byte[] {1, 2, 3})), HINT, "RC-2026-000042", "en");

        assertThat(sender.send("outbound-1", content, NOW)).isEqualTo(new SendOutcome.Sent("79"));
    }

    @Test
    void aReplyHintOfAnotherChannelFailsWithoutACall() {
        SendOutcome outcome = sender.send("outbound-1",
                reply("Hello", new ReplyHint.Email("mail", "ana@example.com", null, "Re: refund", null, null, null)), NOW);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("an email reply hint cannot be answered on a telegram channel"));
        api.verify(0, postRequestedFor(urlEqualTo(SEND_MESSAGE)));
    }

    private static void refuse(int status, String description) {
        api.stubFor(post(urlEqualTo(SEND_MESSAGE)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":" + status + ",\"description\":\"" + description + "\"}")));
    }

    private static void answerInTurn(ResponseDefinitionBuilder first,
                                     ResponseDefinitionBuilder second) {
        api.stubFor(post(urlEqualTo(SEND_MESSAGE)).inScenario("parts").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("second"));
        api.stubFor(post(urlEqualTo(SEND_MESSAGE)).inScenario("parts").whenScenarioStateIs("second").willReturn(second));
    }

    static ReplyContent reply(String text, ReplyHint hint) {
        return new ReplyContent(text, List.of(), hint, "RC-2026-000042", "en");
    }
}
