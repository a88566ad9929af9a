package org.complaintgateway.config;

import java.util.Objects;

/** How the reply API authenticates the downstream: exactly one of {@code bearer} and {@code signature} in YAML. */
public sealed interface ReplyApiAuth {

    /** {@code Authorization: Bearer <token>}. */
    record Bearer(Secret token) implements ReplyApiAuth {
        public Bearer {
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * The gateway's own signature scheme, the one it signs deliveries with: {@code X-Gateway-Timestamp} (Unix seconds,
     * at most 5 minutes from now) and {@code X-Gateway-Signature: v1=hex(HMAC-SHA256(secret, timestamp + "." + body))}.
     */
    record Signature(Secret secret) implements ReplyApiAuth {
        public Signature {
            Objects.requireNonNull(secret, "secret");
        }
    }
}
