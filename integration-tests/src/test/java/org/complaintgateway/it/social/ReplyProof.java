package org.complaintgateway.it.social;

import java.net.http.HttpRequest;
import java.time.Instant;

/**
 * How the downstream proves a reply API request is its own, as {@code replies.auth} says: a bearer token, or the
 * gateway's signature over the raw body. Each proof has its secret, kept beside the config as an admin mounts it.
 */
enum ReplyProof {

    BEARER("bearer", "fake-reply-api-token"),
    SIGNATURE("signature", "fake-reply-api-signing-secret");

    /** The key under {@code replies.auth}. */
    final String key;
    final String secret;

    ReplyProof(String key, String secret) {
        this.key = key;
        this.secret = secret;
    }

    /** The file beside the config that holds the secret. */
    String secretFile() {
        return "reply-api-" + key + ".secret";
    }

    /** The {@code replies} section with this proof; a failed send is tried again after a second, not the default 2s. */
    String repliesYaml() {
        return "replies:\n  auth:\n    " + key + ": \"${file:" + secretFile() + "}\"\n  initialBackoff: 1s\n";
    }

    /** The request with this proof of {@code body} (empty for a GET), made now. */
    HttpRequest.Builder prove(HttpRequest.Builder request, byte[] body) {
        return this == BEARER ? request.header("Authorization", "Bearer " + secret)
                : SignedPost.gatewaySigned(request, body, secret, Instant.now());
    }
}
