package org.complaintgateway.mappings.meta;

import com.fasterxml.jackson.databind.JsonNode;
import org.complaintgateway.mappings.InboundEvent;
import org.complaintgateway.mappings.Sha256;

/**
 * The keys an event is journaled and deduplicated by. Meta retries a delivery it got no 2xx for, and may batch an
 * event again with others: the keys come from the event alone, never from its place in the delivery, so the same
 * event gives the same keys in any delivery. What has no id of its own is keyed by the SHA-256 of its JSON.
 */
final class MetaKeys {

    private MetaKeys() {
    }

    static InboundEvent inboundEvent(MetaEvent event) {
        byte[] raw = event.toBytes();
        String eventKey = "event:" + Sha256.hex(raw);
        JsonNode item = event.item();
        return switch (event.kind()) {
            case MetaEvent.WHATSAPP_MESSAGE -> whatsAppMessage(item, raw, eventKey);
            case MetaEvent.WHATSAPP_STATUS -> whatsAppStatus(item, raw, eventKey);
            case MetaEvent.MESSAGING -> messaging(item, raw, eventKey);
            default -> new InboundEvent(null, eventKey, raw);
        };
    }

    /** "body:" + SHA-256 of a body that is no Meta delivery, journaled whole. */
    static InboundEvent unreadableBody(byte[] body) {
        return new InboundEvent(null, "body:" + Sha256.hex(body), body);
    }

    private static InboundEvent whatsAppMessage(JsonNode message, byte[] raw, String eventKey) {
        String wamid = MetaFields.textOrNull(message.get("id"));
        return wamid == null ? new InboundEvent(null, eventKey, raw) : new InboundEvent(wamid, "message:" + wamid, raw);
    }

    /** A message of ours goes sent, delivered, read (or failed): one event per status, not one per message. */
    private static InboundEvent whatsAppStatus(JsonNode status, byte[] raw, String eventKey) {
        String wamid = MetaFields.textOrNull(status.get("id"));
        String state = MetaFields.textOrNull(status.get("status"));
        if (wamid == null || state == null) {
            return new InboundEvent(wamid, eventKey, raw);
        }
        return new InboundEvent(wamid, "status:" + wamid + ":" + state, raw);
    }

    private static InboundEvent messaging(JsonNode item, byte[] raw, String eventKey) {
        String sender = MetaFields.id(item.path("sender").get("id"));
        JsonNode message = item.path("message");
        String mid = MetaFields.textOrNull(message.get("mid"));
        if (message.isObject() && mid != null) {
            boolean echo = message.path("is_echo").asBoolean(false);
            return new InboundEvent(mid, (echo ? "echo:" : "message:") + mid, raw);
        }
        // Messenger's read and delivery carry a watermark (everything before it was read); Instagram's read (from
        // messaging_seen) names the message read instead.
        String read = mark(item.path("read"));
        if (sender != null && read != null) {
            return new InboundEvent(null, "read:" + sender + ":" + read, raw);
        }
        String delivery = mark(item.path("delivery"));
        if (sender != null && delivery != null) {
            return new InboundEvent(null, "delivery:" + sender + ":" + delivery, raw);
        }
        return new InboundEvent(null, eventKey, raw);
    }

    private static String mark(JsonNode receipt) {
        if (!receipt.isObject()) {
            return null;
        }
        String watermark = MetaFields.id(receipt.get("watermark"));
        return watermark != null ? watermark : MetaFields.textOrNull(receipt.get("mid"));
    }
}
