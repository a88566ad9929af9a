package org.complaintgateway.it.social;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The providers' text-message fixtures as a new customer's new message. The tests of a class share one gateway, which
 * records a message it has seen as a duplicate instead of making a complaint of it, so each message gets new ids and
 * its own customer (a reply is then easy to tell apart at the fake); and the reply window opens at the message's
 * timestamp, which the test chooses.
 */
final class FreshMessages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private FreshMessages() {
    }

    /** {@code meta/whatsapp/message-text.json}, from a new customer (a fictional +1 555 01xx number), sent {@code at}. */
    static byte[] whatsApp(Instant at) {
        int n = SEQUENCE.incrementAndGet();
        ObjectNode delivery = fixture("meta/whatsapp/message-text.json");
        String waId = "155501" + String.format("%05d", n);
        JsonNode value = delivery.at("/entry/0/changes/0/value");
        ((ObjectNode) value.at("/contacts/0")).put("wa_id", waId);
        ((ObjectNode) value.at("/messages/0")).put("from", waId).put("id", "wamid.FAKE-FRESH-" + n)
                .put("timestamp", Long.toString(at.getEpochSecond()));
        return bytes(delivery);
    }

    /** {@code meta/<platform>/message-text.json} (messenger, instagram), from a new customer, sent {@code at}. */
    static byte[] messaging(String platform, Instant at) {
        int n = SEQUENCE.incrementAndGet();
        ObjectNode delivery = fixture("meta/" + platform + "/message-text.json");
        ((ObjectNode) delivery.at("/entry/0")).put("time", at.toEpochMilli());
        ObjectNode messaging = (ObjectNode) delivery.at("/entry/0/messaging/0");
        // Meta's messaging timestamps are epoch milliseconds
        messaging.put("timestamp", at.toEpochMilli());
        ((ObjectNode) messaging.path("sender")).put("id", Long.toString(4_000_000_000_000_000L + n));
        ((ObjectNode) messaging.path("message")).put("mid", "m_FAKE-FRESH-" + n);
        return bytes(delivery);
    }

    /** A Slack fixture ({@code slack/<name>}) as a new message of now: new ts and event id, the same thread. */
    static byte[] slack(String fixture) {
        int n = SEQUENCE.incrementAndGet();
        ObjectNode envelope = fixture("slack/" + fixture);
        String ts = Instant.now().getEpochSecond() + "." + String.format("%06d", n);
        ((ObjectNode) envelope.path("event")).put("ts", ts).put("event_ts", ts);
        envelope.put("event_id", "Ev0FRESH" + n).put("event_time", Instant.now().getEpochSecond());
        return bytes(envelope);
    }

    private static ObjectNode fixture(String resource) {
        return (ObjectNode) ProviderFixtures.json(resource);
    }

    private static byte[] bytes(JsonNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
