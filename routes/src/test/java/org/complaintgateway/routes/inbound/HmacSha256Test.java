package org.complaintgateway.routes.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The signature primitive every webhook channel relies on, against a published test vector, and its comparisons. */
class HmacSha256Test {

    /** HMAC_SHA256("key", "The quick brown fox jumps over the lazy dog"), the example of RFC 2104's Wikipedia page. */
    private static final String FOX_HEX = "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";
    private static final byte[] FOX = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

    @Test
    void theHmacOfTheKnownVectorIsTheOnePublished() {
        assertThat(HexFormat.of().formatHex(HmacSha256.of("key", FOX))).isEqualTo(FOX_HEX);
    }

    @Test
    void partsAreSignedAsIfTheyWereOneMessage() {
        byte[] split = HmacSha256.of("key", "The quick brown fox ".getBytes(StandardCharsets.UTF_8),
                "jumps over the lazy dog".getBytes(StandardCharsets.UTF_8));

        assertThat(HexFormat.of().formatHex(split)).isEqualTo(FOX_HEX);
    }

    @Test
    void hexMatchesInEitherCaseAndNothingElseMatches() {
        byte[] mac = HmacSha256.of("key", FOX);

        assertThat(HmacSha256.matchesHex(FOX_HEX, mac)).isTrue();
        assertThat(HmacSha256.matchesHex(FOX_HEX.toUpperCase(), mac)).isTrue();
        assertThat(HmacSha256.matchesHex(FOX_HEX.substring(0, 62) + "00", mac)).isFalse();
        assertThat(HmacSha256.matchesHex(FOX_HEX.substring(0, 32), mac)).as("a prefix").isFalse();
        assertThat(HmacSha256.matchesHex("not hex at all", mac)).isFalse();
        assertThat(HmacSha256.matchesHex("", mac)).isFalse();
    }

    @Test
    void base64MatchesOnlyTheSameBytes() {
        byte[] mac = HmacSha256.of("key", FOX);

        assertThat(HmacSha256.matchesBase64(Base64.getEncoder().encodeToString(mac), mac)).isTrue();
        assertThat(HmacSha256.matchesBase64(Base64.getEncoder().encodeToString(HmacSha256.of("other", FOX)), mac)).isFalse();
        assertThat(HmacSha256.matchesBase64("%%%", mac)).isFalse();
    }

    @Test
    void secretsAreEqualOnlyWhenEqualAndNeverWhenMissing() {
        assertThat(HmacSha256.sameSecret("fake-verify-token", "fake-verify-token")).isTrue();
        assertThat(HmacSha256.sameSecret("fake-verify-tokeN", "fake-verify-token")).isFalse();
        assertThat(HmacSha256.sameSecret("fake-verify", "fake-verify-token")).isFalse();
        assertThat(HmacSha256.sameSecret(null, "fake-verify-token")).isFalse();
    }
}
