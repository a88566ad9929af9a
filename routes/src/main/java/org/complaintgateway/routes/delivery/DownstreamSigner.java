package org.complaintgateway.routes.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs deliveries so the downstream can check they come from us and were not altered:
 * {@code X-Gateway-Signature: v1=hex(HMAC-SHA256(secret, timestamp + "." + body))}, with the
 * timestamp (Unix seconds) sent in {@code X-Gateway-Timestamp} so a receiver can refuse replays.
 */
public final class DownstreamSigner {

    public static final String TIMESTAMP_HEADER = "X-Gateway-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Gateway-Signature";

    private final SecretKeySpec key;

    public DownstreamSigner(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
