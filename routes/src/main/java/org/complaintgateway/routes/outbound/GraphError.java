package org.complaintgateway.routes.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The Graph API's error answer, {@code {"error":{"message","type","code","error_subcode","is_transient"}}}, shared by
 * the WhatsApp Cloud API and the Messenger / Instagram Send API
 * (https://developers.facebook.com/docs/graph-api/guides/error-handling).
 *
 * @param transientError Graph's own {@code is_transient}: "temporary issue due to downtime, retry"
 */
record GraphError(String message, int code, int subcode, boolean transientError) {

    /**
     * Throttling, which passes: Graph's app, user, page and account limits (4, 17, 32, 613, 80007) and WhatsApp's
     * throughput (130429), spam rate (131048) and pair rate (131056) limits. These come as 400 as often as 429.
     */
    private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 613, 80007, 130429, 131048, 131056);

    static GraphError of(JsonNode body) {
        JsonNode error = body.path("error");
        return new GraphError(error.path("message").asText("no error message"), error.path("code").asInt(0),
                error.path("error_subcode").asInt(0), error.path("is_transient").asBoolean(false));
    }

    boolean passes() {
        return transientError || THROTTLED.contains(code);
    }

    /** Graph's message with its code, e.g. {@code (#100) Invalid parameter (code 100)}. */
    String describe() {
        return message + " (code " + code + (subcode == 0 ? "" : ", subcode " + subcode) + ")";
    }
}
