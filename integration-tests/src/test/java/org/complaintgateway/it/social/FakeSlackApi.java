package org.complaintgateway.it.social;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's Web API method {@code chat.postMessage} on loopback (WireMock), as published
 * (https://api.slack.com/methods/chat.postMessage, https://api.slack.com/web): a JSON body
 * ({@code Content-type: application/json}) with the bot token as {@code Authorization: Bearer}, answered
 * {@code {"ok":true,"channel","ts","message"}} with a new ts per message. Slack says "no" with HTTP 200 and
 * {@code {"ok":false,"error"}}: {@code not_authed} without a token, {@code invalid_auth} with a wrong one,
 * {@code channel_not_found} without a channel, {@code no_text} without text.
 */
final class FakeSlackApi implements AutoCloseable {

    static final String BOT_TOKEN = "xoxb-fake_slack_bot_token";
    private static final String POST_MESSAGE = "/api/chat.postMessage";
    private static final int INJECTED = 1;
    private static final int SERVED = 2;
    private static final int MALFORMED = 5;
    private static final int UNAUTHORIZED = 10;

    private final WireMockServer server;
    private final AtomicInteger injected = new AtomicInteger();

    private FakeSlackApi(WireMockServer server) {
        this.server = server;
    }

    static FakeSlackApi start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlPathEqualTo(POST_MESSAGE)).atPriority(UNAUTHORIZED)
                .withHeader("Authorization", absent()).willReturn(slackError("not_authed")));
        server.stubFor(post(urlPathEqualTo(POST_MESSAGE)).atPriority(UNAUTHORIZED + 1).willReturn(slackError("invalid_auth")));
        server.stubFor(post(urlPathEqualTo(POST_MESSAGE)).atPriority(MALFORMED)
                .withHeader("Authorization", equalTo("Bearer " + BOT_TOKEN))
                .willReturn(slackError("channel_not_found")));
        server.stubFor(post(urlPathEqualTo(POST_MESSAGE)).atPriority(MALFORMED - 1)
                .withHeader("Authorization", equalTo("Bearer " + BOT_TOKEN))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.channel"))
                .willReturn(slackError("no_text")));
        // a message's ts is "<epoch seconds>.<6 digits>", unique in its channel; Slack reads a body as JSON only when
        // the Content-type says so, else as a form, in which these fields are missing
        server.stubFor(post(urlPathEqualTo(POST_MESSAGE)).atPriority(SERVED)
                .withHeader("Authorization", equalTo("Bearer " + BOT_TOKEN))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.channel"))
                .withRequestBody(matchingJsonPath("$.text"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                        .withTransformers("response-template")
                        .withBody("{\"ok\":true,\"channel\":\"{{jsonPath request.body '$.channel'}}\","
                                + "\"ts\":\"{{now format='unix'}}.{{randomValue length=6 type='NUMERIC'}}\","
                                + "\"message\":{\"type\":\"message\",\"subtype\":\"bot_message\",\"bot_id\":\"B0FAKEBOT1\"}}")));
        return new FakeSlackApi(server);
    }

    /** The channel's {@code apiUrl}: the Web API's base, {@code https://slack.com/api} in production. */
    String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api";
    }

    /** The next message whose body contains {@code marker} is answered with {@code answer}; the ones after it as usual. */
    void answerOnce(String marker, ResponseDefinitionBuilder answer) {
        String scenario = "once-" + injected.incrementAndGet();
        server.stubFor(post(urlPathEqualTo(POST_MESSAGE)).atPriority(INJECTED)
                .withRequestBody(containing(marker))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                .willReturn(answer));
    }

    /** Every message whose body contains {@code marker} is answered with {@code answer}, e.g. a refusal. */
    void answerAlways(String marker, ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlPathEqualTo(POST_MESSAGE)).atPriority(INJECTED)
                .withRequestBody(containing(marker)).willReturn(answer));
    }

    /** The {@code chat.postMessage} calls whose body contains {@code marker}, once there are {@code count}. */
    List<ApiCall> awaitMessagesContaining(String marker, int count) {
        return await().atMost(SocialChannels.WITHIN).until(() -> ApiCall.containing(server, marker),
                calls -> calls.size() >= count);
    }

    /** How Slack refuses: HTTP 200, {@code ok} false and its error code. */
    static ResponseDefinitionBuilder slackError(String error) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"ok\":false,\"error\":\"" + error + "\"}");
    }

    @Override
    public void close() {
        server.stop();
    }
}
