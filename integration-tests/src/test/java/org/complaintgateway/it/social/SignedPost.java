package org.complaintgateway.it.social;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.complaintgateway.it.support.TestGateway;

/**
 * POSTs to a webhook signed as each sender signs: Meta ({@code X-Hub-Signature-256}), Slack (v0 over timestamp and
 * body), a generic HMAC header, a bearer token; and a reply API request signed as the downstream signs it (the
 * gateway's own {@code X-Gateway-Signature}). The HMAC is computed here with the JDK rather than with the gateway's
 * own helper, so that a test cannot agree with a wrong implementation by sharing it.
 */
final class SignedPost {

    static final String META_SIGNATURE = "X-Hub-Signature-256";
    static final String SLACK_SIGNATURE = "X-Slack-Signature";
    static final String SLACK_TIMESTAMP = "X-Slack-Request-Timestamp";
    static final String GATEWAY_TIMESTAMP = "X-Gateway-Timestamp";
    static final String GATEWAY_SIGNATURE = "X-Gateway-Signature";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SignedPost() {
    }

    /** A JSON POST without any proof; add the headers a test wants. */
    static HttpRequest.Builder unsigned(URI url, byte[] body) {
        return HttpRequest.newBuilder(url)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** As Meta posts: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body with the app secret>}. */
    static HttpRequest.Builder meta(URI url, byte[] body, String appSecret) {
        return unsigned(url, body).header(META_SIGNATURE, metaSignature(body, appSecret));
    }

    static String metaSignature(byte[] body, String appSecret) {
        return "sha256=" + hexHmac(appSecret, body);
    }

    /** As Slack posts at {@code at}: {@code v0=<hex HMAC-SHA256 of "v0:" + timestamp + ":" + body>}. */
    static HttpRequest.Builder slack(URI url, byte[] body, String signingSecret, Instant at) {
        String timestamp = Long.toString(at.getEpochSecond());
        return unsigned(url, body)
                .header(SLACK_TIMESTAMP, timestamp)
                .header(SLACK_SIGNATURE, slackSignature(body, signingSecret, timestamp));
    }

    static String slackSignature(byte[] body, String signingSecret, String timestamp) {
        return "v0=" + hexHmac(signingSecret, ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8), body);
    }

    /** A generic webhook's HMAC: {@code header: prefix + <hex HMAC-SHA256 of the body>}. */
    static HttpRequest.Builder hmac(URI url, byte[] body, String header, String prefix, String secret) {
        return unsigned(url, body).header(header, prefix + hexHmac(secret, body));
    }

    /**
     * As the downstream signs a reply API request at {@code at} (docs/config.md, {@code replies.auth.signature}):
     * {@code X-Gateway-Timestamp} in Unix seconds and {@code X-Gateway-Signature: v1=<hex HMAC-SHA256 of timestamp + "."
     * + body>}; a GET signs the empty body.
     */
    static HttpRequest.Builder gatewaySigned(HttpRequest.Builder request, byte[] body, String secret, Instant at) {
        String timestamp = Long.toString(at.getEpochSecond());
        return request.header(GATEWAY_TIMESTAMP, timestamp)
                .header(GATEWAY_SIGNATURE, "v1=" + hexHmac(secret, (timestamp + ".").getBytes(StandardCharsets.US_ASCII), body));
    }

    static HttpRequest.Builder bearer(URI url, byte[] body, String token) {
        return unsigned(url, body).header("Authorization", "Bearer " + token);
    }

    /** The same JSON written again, as a proxy that parses and re-writes it would: equal data, other bytes. */
    static byte[] reserialized(byte[] body) {
        try {
            JsonNode tree = JSON.readTree(body);
            byte[] compact = JSON.writeValueAsBytes(tree);
            byte[] rewritten = Arrays.equals(compact, body)
                    ? JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(tree) : compact;
            if (Arrays.equals(rewritten, body) || !JSON.readTree(rewritten).equals(tree)) {
                throw new IllegalStateException("the body could not be written differently");
            }
            return rewritten;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        return TestGateway.send(request.build());
    }

    private static String hexHmac(String key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
