package org.complaintgateway.routes.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * What a provider answered to one POST.
 *
 * @param status     the HTTP status
 * @param body       the JSON answer; a missing node when the body was empty or not JSON, never null
 * @param retryAfter the {@code Retry-After} header, when the provider sent one it could be read as; else null
 */
record ProviderAnswer(int status, JsonNode body, Duration retryAfter) {

    boolean successful() {
        return status >= 200 && status < 300;
    }

    /** 429 and every 5xx say "not now" (RFC 9110), whatever the body says. */
    boolean notNow() {
        return status == 429 || status >= 500;
    }
}
