package org.complaintgateway.it.social;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Graph API's WhatsApp media endpoints on loopback (WireMock), as published
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media): {@code GET /{version}/{media-id}} with
 * the bearer token answers the medium's download URL, MIME type, SHA-256 and size; {@code GET} of that URL with the
 * same bearer answers the bytes. Without the right bearer both answer 401 with Graph's OAuthException, as Meta does.
 */
final class FakeGraphApi implements AutoCloseable {

    static final String VERSION = "v21.0";
    static final String ACCESS_TOKEN = "fake-graph-access-token";
    /** Where Meta's download URLs point (lookaside.fbsbx.com in production), here on the same server. */
    private static final String DOWNLOAD_PATH = "/whatsapp_business/attachments/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SERVED = 1;
    private static final int REFUSED = 10;

    private final WireMockServer server;

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
        return new FakeGraphApi(server);
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
        server.stubFor(get(urlPathEqualTo(mediaPath(mediaId))).atPriority(SERVED)
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"An unexpected error has occurred. Please retry your "
                                + "request later.\",\"type\":\"OAuthException\",\"is_transient\":true,\"code\":2}}")));
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
