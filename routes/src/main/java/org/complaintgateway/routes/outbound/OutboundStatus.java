package org.complaintgateway.routes.outbound;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.complaintgateway.routes.store.OutboundMessage;

/** How an outbound message's status is shown to the downstream: the reply API's answer and the status callback's body. */
public final class OutboundStatus {

    private OutboundStatus() {
    }

    public static Map<String, Object> of(OutboundMessage message) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", message.id());
        status.put("complaintId", message.complaintId());
        status.put("kind", message.kind().name().toLowerCase(Locale.ROOT));
        status.put("channelId", message.channelId());
        status.put("status", message.state().name().toLowerCase(Locale.ROOT));
        status.put("attempts", message.attempts());
        if (message.reason() != null) {
            status.put("reason", message.reason());
        }
        if (message.providerMessageId() != null) {
            status.put("providerMessageId", message.providerMessageId());
        }
        status.put("createdAt", message.createdAt().toString());
        status.put("updatedAt", message.updatedAt().toString());
        return status;
    }
}
