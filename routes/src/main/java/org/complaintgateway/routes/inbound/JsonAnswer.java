package org.complaintgateway.routes.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** How a webhook answers its sender: a status and a small JSON body, {@code {"ok":true}} or the error in words. */
public final class JsonAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAnswer() {
    }

    public static void ok(Message in) {
        answer(in, 200, Map.of("ok", true));
    }

    /** {@code {"ok":true}} and {@code fields} after it. */
    public static void ok(Message in, Map<String, ?> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", true);
        body.putAll(fields);
        answer(in, 200, body);
    }

    public static void error(Message in, int status, String error) {
        answer(in, status, Map.of("ok", false, "error", error));
    }

    public static void answer(Message in, int status, Map<String, ?> body) {
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        in.setHeader(Exchange.CONTENT_TYPE, "application/json");
        try {
            in.setBody(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
