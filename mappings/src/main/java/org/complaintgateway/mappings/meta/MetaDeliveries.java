package org.complaintgateway.mappings.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.complaintgateway.mappings.InboundEvent;

/**
 * Splits one Meta webhook delivery into the events to journal. Meta batches: one POST may carry several entries,
 * each several messages, statuses or messaging items, of different customers. Each becomes its own event, so that
 * each is deduplicated, mapped and answered on its own, and a retried delivery finds its events already journaled.
 * Nothing is dropped here: a part we cannot read is still an event (the mapper quarantines it), and a body that is
 * no delivery at all is journaled whole.
 */
public final class MetaDeliveries {

    static final String WHATSAPP_OBJECT = "whatsapp_business_account";

    private MetaDeliveries() {
    }

    /**
     * Never throws. One InboundEvent per message / status / messaging item; a body that is not a Meta delivery
     * becomes ONE event of its raw bytes with dedupeKey "body:" + sha256(body), which map() quarantines.
     *
     * @param settings the channel; a delivery of another product (a WhatsApp delivery on a Messenger channel's
     *                 path) is split all the same, and {@link MetaMapper#map} quarantines its events with the reason
     */
    public static List<InboundEvent> split(byte[] body, MetaMappingSettings settings) {
        Objects.requireNonNull(settings, "settings");
        byte[] bytes = body == null ? new byte[0] : body;
        try {
            JsonNode root = MetaEvent.JSON.readTree(bytes);
            if (notADelivery(root).isPresent()) {
                return List.of(MetaKeys.unreadableBody(bytes));
            }
            return events(root).stream().map(MetaKeys::inboundEvent).toList();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return List.of(MetaKeys.unreadableBody(bytes));
        }
    }

    /** Why {@code root} is no Meta delivery: not an object, or without its {@code object} name or {@code entry} list. */
    static Optional<String> notADelivery(JsonNode root) {
        if (root == null || !root.isObject()) {
            return Optional.of("not a JSON object");
        }
        if (MetaFields.textOrNull(root.get("object")) == null) {
            return Optional.of("no object field");
        }
        if (!root.path("entry").isArray()) {
            return Optional.of("no entry list");
        }
        return Optional.empty();
    }

    private static List<MetaEvent> events(JsonNode root) {
        String object = root.get("object").textValue();
        List<MetaEvent> events = new ArrayList<>();
        if (!object.equals(WHATSAPP_OBJECT) && !object.equals("page") && !object.equals("instagram")) {
            // Another product's delivery (user, permissions...) sent to this path: kept whole for the mapper to refuse.
            events.add(MetaEvent.of(object, null, MetaEvent.DELIVERY, root));
            return events;
        }
        JsonNode entries = root.get("entry");
        for (int i = 0; i < entries.size(); i++) {
            String where = "entry[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isObject()) {
                events.add(unreadable(object, null, where + " is not an object", entry));
            } else if (object.equals(WHATSAPP_OBJECT)) {
                whatsAppEntry(object, entry, where, events);
            } else {
                messagingEntry(object, entry, where, events);
            }
        }
        return events;
    }

    /** entry[].changes[].value.messages[] and .statuses[]; a change with neither is one event of its own. */
    private static void whatsAppEntry(String object, JsonNode entry, String where, List<MetaEvent> events) {
        String entryId = MetaFields.id(entry.get("id"));
        JsonNode changes = entry.get("changes");
        if (changes == null) {
            events.add(MetaEvent.of(object, entryId, MetaEvent.ENTRY, entry));
            return;
        }
        if (!changes.isArray()) {
            events.add(unreadable(object, entryId, where + ".changes is not a list", entry));
            return;
        }
        for (int j = 0; j < changes.size(); j++) {
            String changeWhere = where + ".changes[" + j + "]";
            JsonNode change = changes.get(j);
            if (!change.isObject()) {
                events.add(unreadable(object, entryId, changeWhere + " is not an object", change));
                continue;
            }
            JsonNode value = change.path("value");
            if (!value.isObject()) {
                events.add(unreadable(object, entryId, changeWhere + ".value is not an object", change));
                continue;
            }
            String field = MetaFields.textOrNull(change.get("field"));
            JsonNode messages = value.get("messages");
            JsonNode statuses = value.get("statuses");
            if (messages == null && statuses == null) {
                events.add(MetaEvent.of(object, entryId, MetaEvent.CHANGE, change).withField(field));
                continue;
            }
            JsonNode metadata = value.path("metadata").isObject() ? value.get("metadata") : null;
            forEachItem(messages, changeWhere + ".value.messages", object, entryId, events, message ->
                    MetaEvent.of(object, entryId, MetaEvent.WHATSAPP_MESSAGE, message).withField(field)
                            .withSender(metadata, contactOf(value.get("contacts"), message.get("from"))));
            forEachItem(statuses, changeWhere + ".value.statuses", object, entryId, events, status ->
                    MetaEvent.of(object, entryId, MetaEvent.WHATSAPP_STATUS, status).withField(field)
                            .withSender(metadata, null));
        }
    }

    /** entry[].messaging[] (and standby[], changes[]) of Messenger and Instagram. */
    private static void messagingEntry(String object, JsonNode entry, String where, List<MetaEvent> events) {
        String entryId = MetaFields.id(entry.get("id"));
        boolean any = false;
        for (String list : List.of("messaging", "standby", "changes")) {
            JsonNode items = entry.get(list);
            if (items == null) {
                continue;
            }
            any = true;
            String kind = switch (list) {
                case "messaging" -> MetaEvent.MESSAGING;
                case "standby" -> MetaEvent.STANDBY;
                default -> MetaEvent.CHANGE;
            };
            forEachItem(items, where + "." + list, object, entryId, events, item ->
                    MetaEvent.of(object, entryId, kind, item).withField(
                            kind.equals(MetaEvent.CHANGE) ? MetaFields.textOrNull(item.get("field")) : null));
        }
        if (!any) {
            events.add(MetaEvent.of(object, entryId, MetaEvent.ENTRY, entry));
        }
    }

    private static void forEachItem(JsonNode items, String where, String object, String entryId, List<MetaEvent> events,
                                    Function<JsonNode, MetaEvent> event) {
        if (items == null) {
            return;
        }
        if (!items.isArray()) {
            events.add(unreadable(object, entryId, where + " is not a list", items));
            return;
        }
        for (int k = 0; k < items.size(); k++) {
            JsonNode item = items.get(k);
            events.add(item.isObject() ? event.apply(item)
                    : unreadable(object, entryId, where + "[" + k + "] is not an object", item));
        }
    }

    /** The sender's entry of a WhatsApp {@code contacts[]} list: the one whose wa_id is the message's from. */
    private static JsonNode contactOf(JsonNode contacts, JsonNode from) {
        String sender = MetaFields.textOrNull(from);
        if (contacts == null || !contacts.isArray() || sender == null) {
            return null;
        }
        for (JsonNode contact : contacts) {
            if (contact.isObject() && sender.equals(MetaFields.textOrNull(contact.get("wa_id")))) {
                return contact;
            }
        }
        return null;
    }

    private static MetaEvent unreadable(String object, String entryId, String problem, JsonNode part) {
        return MetaEvent.of(object, entryId, MetaEvent.UNREADABLE, part).withProblem(problem);
    }
}
