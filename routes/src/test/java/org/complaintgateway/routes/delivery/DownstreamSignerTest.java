package org.complaintgateway.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The signature is v1= hex HMAC-SHA256 over "timestamp.body", as docs/delivery.md tells CRM developers. */
class DownstreamSignerTest {

    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        // Reference value computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac fake-secret
        String signature = new DownstreamSigner("fake-secret").sign(1700000000L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(signature).isEqualTo("v1=" + OPENSSL_REFERENCE);
    }

    @Test
    void anotherBodyGivesAnotherSignature() {
        DownstreamSigner signer = new DownstreamSigner("fake-secret");
        assertThat(signer.sign(1700000000L, "{\"a\":2}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(signer.sign(1700000000L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
    }

    private static final String OPENSSL_REFERENCE = "4864c90cd4504c89bd829281f95fa8646c87641897cdccea5b50f52cb32e271c";
}
