package org.complaintgateway.it.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Graph API's endpoints the gateway calls, on loopback (WireMock), as published. WhatsApp media
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media): {@code GET /{version}/{media-id}} with
 * the bearer token answers the medium's download URL, MIME type, SHA-256 and size; {@code GET} of that URL with the
 * same bearer answers the bytes. WhatsApp messages
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages): {@code POST
 * /{version}/{phone-number-id}/messages} answers the contact and a new wamid. The Send API of Messenger and Instagram
 * (https://developers.facebook.com/docs/messenger-platform/reference/send-api): {@code POST /{version}/me/messages}
 * with a Page access token answers {@code recipient_id} and a new {@code message_id}. A send without the fields Graph
 * requires answers 400 {@code (#100)}; without the right bearer every call answers 401 with Graph's OAuthException.
 */
final class FakeGraphApi implements AutoCloseable {

    static final String VERSION = "v21.0";
    static final String ACCESS_TOKEN = "fake-graph-access-token";
    /** The Page access tokens of the Messenger and Instagram channels: {@code /me} is the Page the token belongs to. */
    static final String MESSENGER_PAGE_TOKEN = "fake-messenger-page-token";
    static final String INSTAGRAM_PAGE_TOKEN = "fake-instagram-page-token";
    /** Where Meta's download URLs point (lookaside.fbsbx.com in production), here on the same server. */
    private static final String DOWNLOAD_PATH = "/whatsapp_business/attachments/";
    private static final String WHATSAPP_MESSAGES = "/" + VERSION + "/[0-9]+/messages";
    private static final String SEND_API = "/" + VERSION + "/me/messages";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int INJECTED = 1;
    private static final int SERVED = 2;
    private static final int MALFORMED = 5;
    private static final int REFUSED = 10;

    private final WireMockServer server;
    private final AtomicInteger injected = new AtomicInteger();

    private FakeGraphApi(WireMockServer server) {
        this.server = server;
    }

    static FakeGraphApi start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        // whatever carries no valid token, or asks for a medium nobody served, is refused as Graph refuses it
        server.stubFor(any(anyUrl()).atPriority(REFUSED).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Invalid OAuth access token - Cannot parse access token\","
                        + "\"type\":\"OAuthException\",\"code\":190,\"fbtrace_id\":\"AfakeTraceId\"}}")));
        serveWhatsAppMessages(server);
        serveSendApi(server);
        return new FakeGraphApi(server);
    }

    private static void serveWhatsAppMessages(WireMockServer server) {
        server.stubFor(post(urlPathMatching(WHATSAPP_MESSAGES)).atPriority(MALFORMED)
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .willReturn(graphError(400, 100, "(#100) Invalid parameter")));
        String sent = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"{{jsonPath request.body '$.to'}}\","
                + "\"wa_id\":\"{{jsonPath request.body '$.to'}}\"}],\"messages\":[{\"id\":\"wamid.FAKE-"
                + "{{randomValue length=24 type='ALPHANUMERIC'}}\"%s}]}";
        server.stubFor(whatsAppSend().atPriority(SERVED)
                .withRequestBody(matchingJsonPath("$.type", equalTo("text")))
                .withRequestBody(matchingJsonPath("$.text.body"))
                .willReturn(templated(sent.formatted(""))));
        // a template message's answer also says whether Meta accepted it for sending
        server.stubFor(whatsAppSend().atPriority(SERVED)
                .withRequestBody(matchingJsonPath("$.type", equalTo("template")))
                .withRequestBody(matchingJsonPath("$.template.name"))
                .withRequestBody(matchingJsonPath("$.template.language.code"))
                .willReturn(templated(sent.formatted(",\"message_status\":\"accepted\""))));
    }

    /** A send to a WhatsApp number with the access token, to a recipient, as the Cloud API requires. */
    private static MappingBuilder whatsAppSend() {
        return post(urlPathMatching(WHATSAPP_MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .withRequestBody(matchingJsonPath("$.messaging_product", equalTo("whatsapp")))
                .withRequestBody(matchingJsonPath("$.to"));
    }

    private static void serveSendApi(WireMockServer server) {
        for (String token : List.of(MESSENGER_PAGE_TOKEN, INSTAGRAM_PAGE_TOKEN)) {
            server.stubFor(post(urlPathEqualTo(SEND_API)).atPriority(MALFORMED)
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(graphError(400, 100, "(#100) Invalid parameter")));
            server.stubFor(post(urlPathEqualTo(SEND_API)).atPriority(SERVED)
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .withRequestBody(matchingJsonPath("$.recipient.id"))
                    .withRequestBody(matchingJsonPath("$.messaging_type"))
                    .withRequestBody(matchingJsonPath("$.message"))
                    .willReturn(templated("{\"recipient_id\":\"{{jsonPath request.body '$.recipient.id'}}\","
                            + "\"message_id\":\"m_FAKE-{{randomValue length=24 type='ALPHANUMERIC'}}\"}")));
        }
    }

    private static ResponseDefinitionBuilder templated(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withTransformers("response-template").withBody(body);
    }

    /** Graph's error answer (https://developers.facebook.com/docs/graph-api/guides/error-handling). */
    static ResponseDefinitionBuilder graphError(int status, int code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(JSON.createObjectNode().set("error", JSON.createObjectNode().put("message", message)
                        .put("type", "OAuthException").put("code", code).put("fbtrace_id", "AfakeTraceId")).toString());
    }

    /** Graph's answer when it is down for a moment: {@code status}, {@code is_transient}, "retry your request later". */
    static ResponseDefinitionBuilder transientError(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"An unexpected error has occurred. Please retry your request "
                        + "later.\",\"type\":\"OAuthException\",\"is_transient\":true,\"code\":2,"
                        + "\"fbtrace_id\":\"AfakeTraceId\"}}");
    }

    /** The channel's {@code apiUrl}: the base URL with its version. */
    String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/" + VERSION;
    }

    /** From now on the medium is described and downloadable with the bearer token. */
    void serve(String mediaId, String mimeType, byte[] bytes) {
        String downloadUrl = "http://127.0.0.1:" + server.port() + DOWNLOAD_PATH + "?mid=" + mediaId
                + "&ext=1700000000&hash=ATfakeHash";
        ObjectNode description = JSON.createObjectNode()
                .put("messaging_product", "whatsapp")
                .put("url", downloadUrl)
                .put("mime_type", mimeType)
                .put("sha256", sha256(bytes))
                .put("file_size", bytes.length)
                .put("id", mediaId);
        server.stubFor(get(urlPathEqualTo(mediaPath(mediaId))).atPriority(SERVED)
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(description.toString())));
        server.stubFor(get(urlPathEqualTo(DOWNLOAD_PATH)).atPriority(SERVED)
                .withQueryParam("mid", equalTo(mediaId))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", mimeType).withBody(bytes)));
    }

    /** From now on asking for the medium fails with {@code status}, as Graph does when it is down ("is_transient"). */
    void fail(String mediaId, int status) {
        server.stubFor(get(urlPathEqualTo(mediaPath(mediaId))).atPriority(SERVED).willReturn(transientError(status)));
    }

    /** The next message whose body contains {@code marker} is answered with {@code answer}; the ones after it as usual. */
    void answerOnce(String marker, ResponseDefinitionBuilder answer) {
        String scenario = "once-" + injected.incrementAndGet();
        server.stubFor(post(anyUrl()).atPriority(INJECTED).withRequestBody(containing(marker))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                .willReturn(answer));
    }

    /** Every message whose body contains {@code marker} is answered with {@code answer}, e.g. a refusal. */
    void answerAlways(String marker, ResponseDefinitionBuilder answer) {
        server.stubFor(post(anyUrl()).atPriority(INJECTED).withRequestBody(containing(marker)).willReturn(answer));
    }

    /** The messages sent (POSTs) whose body contains {@code marker}, once there are {@code count}. */
    List<ApiCall> awaitMessagesContaining(String marker, int count) {
        return await().atMost(SocialChannels.WITHIN).until(() -> ApiCall.containing(server, marker),
                calls -> calls.size() >= count);
    }

    /** The messages sent so far whose body contains {@code marker}. */
    List<ApiCall> messagesContaining(String marker) {
        return ApiCall.containing(server, marker);
    }

    /** How often the medium was asked for. */
    int requestsFor(String mediaId) {
        return server.findAll(getRequestedFor(urlPathEqualTo(mediaPath(mediaId)))).size();
    }

    private static String mediaPath(String mediaId) {
        return "/" + VERSION + "/" + mediaId;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
