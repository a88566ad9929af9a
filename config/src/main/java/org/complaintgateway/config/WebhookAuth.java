package org.complaintgateway.config;

import java.util.Objects;

/** How a generic webhook's requests are authenticated: exactly one of {@code hmac} and {@code bearer} in YAML. */
public sealed interface WebhookAuth {

    /**
     * An HMAC-SHA256 of the raw body with {@code secret}, in {@code header}, after {@code prefix} (may be empty),
     * written in {@code encoding}.
     */
    record Hmac(String header, String prefix, SignatureEncoding encoding, Secret secret) implements WebhookAuth {
        public Hmac {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(encoding, "encoding");
            Objects.requireNonNull(secret, "secret");
        }
    }

    /** {@code Authorization: Bearer <token>}. */
    record Bearer(Secret token) implements WebhookAuth {
        public Bearer {
            Objects.requireNonNull(token, "token");
        }
    }
}
