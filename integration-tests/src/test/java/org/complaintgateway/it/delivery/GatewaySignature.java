package org.complaintgateway.it.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A downstream's check of {@code X-Gateway-Signature}, written from docs/delivery.md and not from the
 * gateway's signer, so a signer that drifts from the documented algorithm fails the tests.
 */
final class GatewaySignature {

    private static final long MAX_AGE_SECONDS = 300;

    private GatewaySignature() {
    }

    /** True when {@code signature} is {@code v1=hex(HMAC-SHA256(secret, timestamp + "." + body))} and the timestamp is fresh. */
    static boolean verifies(String secret, String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return false;
        }
        long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp));
        if (age > MAX_AGE_SECONDS) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
