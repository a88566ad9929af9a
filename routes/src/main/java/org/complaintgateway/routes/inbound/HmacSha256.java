package org.complaintgateway.routes.inbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures as webhook senders compute them (Meta, Slack, most others), compared in constant time: a
 * comparison that stops at the first wrong byte tells an attacker, by its timing, how much of a forgery is right.
 */
public final class HmacSha256 {

    private HmacSha256() {
    }

    /** The HMAC of the parts, one after the other, with {@code key}. */
    public static byte[] of(String key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code given} is {@code expected} written in hex, either case. */
    public static boolean matchesHex(String given, byte[] expected) {
        try {
            return MessageDigest.isEqual(HexFormat.of().parseHex(given.strip()), expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether {@code given} is {@code expected} written in base64. */
    public static boolean matchesBase64(String given, byte[] expected) {
        try {
            return MessageDigest.isEqual(Base64.getDecoder().decode(given.strip()), expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether two secrets are equal, compared in constant time. */
    public static boolean sameSecret(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
