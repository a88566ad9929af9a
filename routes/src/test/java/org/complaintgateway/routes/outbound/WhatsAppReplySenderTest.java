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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inside the 24-hour window a reply is a text message; after it, the configured template with the protocol number, or
 * a failure when there is none. Graph's throttling errors (130429, 131048, 131056) and 5xx are retried; every other
 * refusal fails with Graph's message; the access token never appears in an outcome.
 */
class WhatsAppReplySenderTest {

    private static final String TOKEN = "fake-whatsapp-access-token";
    private static final String MESSAGES = "/v21.0/1555000100/messages";
    private static final Instant WINDOW_END = Instant.parse("2026-11-22T12:00:00Z");
    private static final Instant INSIDE = WINDOW_END.minusSeconds(60);
    private static final Instant OUTSIDE = WINDOW_END.plusSeconds(60);
    private static final ReplyHint.WhatsApp HINT = new ReplyHint.WhatsApp("wa", "15550000001", "1555000100", WINDOW_END);
    private static final String SENT = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"15550000001\","
            + "\"wa_id\":\"15550000001\"}],\"messages\":[{\"id\":\"wamid.FAKE01\"}]}";

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final Secret token = new Secret("${env:WHATSAPP_TOKEN}", TOKEN);
    private final WhatsAppReplySender sender = sender("complaint_answered");

    @Test
    void insideTheWindowAReplyIsATextMessage() {
        api.stubFor(post(urlEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "15550000001",
                         "type": "text", "text": {"body": "Your refund is on its way.", "preview_url": false}}"""))
                .willReturn(okJson(SENT)));

        SendOutcome outcome = sender.send("outbound-1", reply("Your refund is on its way.", HINT), INSIDE);

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("wamid.FAKE01"));
    }

    @Test
    void outsideTheWindowTheTemplateTellsTheProtocolNumber() {
        api.stubFor(post(urlEqualTo(MESSAGES))
                .withRequestBody(equalToJson("""
                        {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "15550000001",
                         "type": "template",
                         "template": {"name": "complaint_answered", "language": {"code": "en_US"},
                                      "components": [{"type": "body",
                                                      "parameters": [{"type": "text", "text": "RC-2026-000042"}]}]}}"""))
                .willReturn(okJson(SENT)));

        SendOutcome outcome = sender.send("outbound-1", reply("Your refund is on its way.", HINT), OUTSIDE);

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("wamid.FAKE01"));
    }

    @Test
    void outsideTheWindowWithoutATemplateFailsWithoutACall() {
        SendOutcome outcome = sender(null).send("outbound-1", reply("Your refund is on its way.", HINT), OUTSIDE);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed(
                "the 24-hour window closed at 2026-11-22T12:00:00Z and no replyTemplate is configured"));
        api.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aHintWithoutAKnownWindowEndSendsTheText() {
        api.stubFor(post(urlEqualTo(MESSAGES)).withRequestBody(equalToJson(
                "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"15550000001\","
                        + "\"type\":\"text\",\"text\":{\"body\":\"Hello\",\"preview_url\":false}}")).willReturn(okJson(SENT)));

        SendOutcome outcome = sender.send("outbound-1",
                reply("Hello", new ReplyHint.WhatsApp("wa", "15550000001", "1555000100", null)), OUTSIDE);

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("wamid.FAKE01"));
    }

    @ParameterizedTest
    @ValueSource(ints = {130429, 131048, 131056})
    void throttlingIsRetried(int code) {
        graphError(400, code, "(#" + code + ") Rate limit hit");

        SendOutcome outcome = sender.send("outbound-1", reply("Hello", HINT), INSIDE);

        assertThat(outcome).isEqualTo(new SendOutcome.Retry(
                "WhatsApp answered 400: (#" + code + ") Rate limit hit (code " + code + ")", null));
    }

    @Test
    void aServerErrorIsRetried() {
        graphError(500, 1, "An unknown error occurred");

        assertThat(sender.send("outbound-1", reply("Hello", HINT), INSIDE)).isInstanceOf(SendOutcome.Retry.class);
    }

    @Test
    void aRefusalFailsWithGraphsMessage() {
        graphError(400, 131047, "Re-engagement message");

        SendOutcome outcome = sender.send("outbound-1", reply("Hello", HINT), INSIDE);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("WhatsApp refused (400): Re-engagement message (code 131047)"));
    }

    @Test
    void theTokenNeverAppearsInAnOutcomeEvenWhenGraphQuotesIt() {
        graphError(401, 190, "Malformed access token " + TOKEN);

        SendOutcome outcome = sender.send("outbound-1", reply("Hello", HINT), INSIDE);

        assertThat(((SendOutcome.Failed) outcome).reason()).doesNotContain(TOKEN).contains("Malformed access token <token>");
    }

    @Test
    void aTextLongerThanWhatsAppTakesIsSentInParts() {
        api.stubFor(post(urlEqualTo(MESSAGES)).willReturn(okJson(SENT)));

        SendOutcome outcome = sender.send("outbound-1", reply("word ".repeat(1000), HINT), INSIDE);

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("wamid.FAKE01"));
        api.verify(2, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void aReplyHintOfAnotherChannelFails() {
        SendOutcome outcome = sender.send("outbound-1",
                reply("Hello", new ReplyHint.Messenger("fb", "PSID-FAKE-1", "PAGE-FAKE-1", WINDOW_END)), INSIDE);

        assertThat(outcome).isEqualTo(new SendOutcome.Failed("a messenger reply hint cannot be answered on a whatsapp channel"));
    }

    private WhatsAppReplySender sender(String replyTemplate) {
        return new WhatsAppReplySender(URI.create(api.baseUrl() + "/v21.0"), token, Duration.ofSeconds(5), replyTemplate, "en_US");
    }

    private static void graphError(int status, int code, String message) {
        api.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                        + ",\"fbtrace_id\":\"AfakeTraceId\"}}")));
    }
}
