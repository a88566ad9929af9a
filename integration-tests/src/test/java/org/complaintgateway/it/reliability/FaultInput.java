package org.complaintgateway.it.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintgateway.it.telegram.TelegramUpdates;
import org.complaintgateway.mappings.Fixtures;

/**
 * One valid complaint of the fault suite, on one channel, with a marker ({@code FI-000042}) in its text that the
 * downstream's records are matched by, and ids of its own, so that it is one complaint of its own customer: nothing
 * the gateway should merge, link or take for a duplicate.
 */
record FaultInput(int number, Source source) {

    enum Source { WEB_API, GENERIC_WEBHOOK, WHATSAPP, SLACK, EMAIL, TELEGRAM }

    private static final Pattern MARKER = Pattern.compile("FI-(\\d{6})");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TelegramUpdates TELEGRAM_UPDATES = new TelegramUpdates();

    String marker() {
        return String.format("FI-%06d", number);
    }

    /** The input a delivered complaint came from: the number of the first marker in its body; -1 when none. */
    static int numberIn(String body) {
        Matcher marker = MARKER.matcher(body);
        return marker.find() ? Integer.parseInt(marker.group(1)) : -1;
    }

    private String text() {
        return "Fault suite complaint " + marker() + ": the parcel never arrived.";
    }

    private String customerEmail() {
        return "fault-customer-" + number + "@example.org";
    }

    /** The JSON API's body. */
    byte[] webApiBody() {
        return bytes(JSON.createObjectNode().put("name", "Fault Customer " + number).put("email", customerEmail())
                .put("subject", "Parcel " + marker()).put("message", text()));
    }

    /** A review site's webhook, as {@link ChannelYaml#webhook} reads it. */
    byte[] genericWebhookBody() {
        ObjectNode delivery = JSON.createObjectNode().put("event", "review.created");
        ObjectNode review = delivery.putObject("review").put("id", "rv-" + marker()).put("title", "Parcel " + marker())
                .put("body", text());
        review.putObject("author").put("name", "Fault Customer " + number).put("email", customerEmail());
        return bytes(delivery);
    }

    /** Meta's text-message delivery from a customer of its own. */
    byte[] whatsAppBody() {
        ObjectNode delivery = fixture("meta/whatsapp/message-text.json");
        String waId = "1555" + String.format("%07d", number);
        ObjectNode value = (ObjectNode) delivery.at("/entry/0/changes/0/value");
        ((ObjectNode) value.at("/contacts/0")).put("wa_id", waId);
        ObjectNode message = (ObjectNode) value.at("/messages/0");
        message.put("from", waId).put("id", "wamid.FAULT-" + marker())
                .put("timestamp", Long.toString(Instant.now().getEpochSecond()));
        ((ObjectNode) message.path("text")).put("body", text());
        return bytes(delivery);
    }

    /** Slack's Events API message in the watched channel, not in a thread. */
    byte[] slackBody() {
        ObjectNode envelope = fixture("slack/message-channel-watched.json");
        String ts = Instant.now().getEpochSecond() + "." + String.format("%06d", number);
        ObjectNode event = (ObjectNode) envelope.path("event");
        event.remove("thread_ts");
        event.remove("parent_user_id");
        event.put("ts", ts).put("event_ts", ts).put("text", text()).put("client_msg_id", "fault-" + marker())
                .put("user", "UFAULT" + number);
        envelope.put("event_id", "Ev0FAULT" + number).put("event_time", Instant.now().getEpochSecond());
        return bytes(envelope);
    }

    /** A plain RFC 5322 mail to the support mailbox. */
    byte[] mail(String to) {
        String mail = "From: Fault Customer " + number + " <" + customerEmail() + ">\r\n"
                + "To: " + to + "\r\n"
                + "Subject: Parcel " + marker() + "\r\n"
                + "Message-ID: " + messageId() + "\r\n"
                + "Date: Sun, 22 Nov 2026 10:00:00 +0000\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + text() + "\r\n";
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    String messageId() {
        return "<fault-" + marker() + "@example.org>";
    }

    /** A private chat's text message, each input in a chat of its own. */
    ObjectNode telegramUpdate() {
        long chat = 556_000_000L + number;
        return TELEGRAM_UPDATES.text(chat, chat, text());
    }

    private static ObjectNode fixture(String resource) {
        try {
            return (ObjectNode) JSON.readTree(Fixtures.bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(ObjectNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
