package org.complaintgateway.mappings.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintgateway.mappings.model.Location;
import org.complaintgateway.mappings.text.PlainText;
import org.complaintgateway.mappings.text.SingleLine;

/**
 * What a WhatsApp message says, by its type: the words (text, caption, the chosen reply's title, shared contacts
 * written out), its medium and its place. Types that carry no words of a customer (reaction, order, system, ...)
 * are {@link Unsupported}.
 */
final class WhatsAppContent {

    sealed interface Read permits Said, Unsupported {
    }

    /** {@code words} may be empty; {@code medium} and {@code place} null. */
    record Said(String words, MediaRef medium, Location place) implements Read {
    }

    /** {@code type} as the reason names it, e.g. "reaction" or "interactive.nfm_reply". */
    record Unsupported(String type) implements Read {
    }

    // Said in the text when a medium comes without a caption, so that the text always says what came.
    private static final Map<String, String> PLACEHOLDERS = Map.of(
            "image", "(image)", "video", "(video)", "audio", "(audio)", "sticker", "(sticker)", "document", "(document)");

    private WhatsAppContent() {
    }

    static Read read(JsonNode message, String type) {
        return switch (type) {
            case "text" -> said(MetaFields.text(message.path("text").get("body"), "message.text.body"));
            case "image", "document", "audio", "video", "sticker" -> medium(message, type);
            case "location" -> new Said("", null, location(message.path("location")));
            case "contacts" -> said(contacts(message.path("contacts")));
            case "interactive" -> interactive(message.path("interactive"));
            case "button" -> said(MetaFields.text(message.path("button").get("text"), "message.button.text"));
            default -> new Unsupported(type);
        };
    }

    /** What the text says in place of a medium's missing caption, e.g. "(image)"; "(voice message)" for a voice note. */
    static String placeholder(String type, JsonNode message) {
        if (type.equals("audio") && message.path("audio").path("voice").asBoolean(false)) {
            return "(voice message)";
        }
        return PLACEHOLDERS.getOrDefault(type, "(" + type + ")");
    }

    private static Read medium(JsonNode message, String type) {
        if (!message.path(type).isObject()) {
            throw new UnreadableEvent("message." + type + " is not an object");
        }
        MediaRef medium = WhatsAppMedia.mediumOf(message)
                .orElseThrow(() -> new UnreadableEvent("message." + type + ".id missing"));
        return new Said(PlainText.clean(MetaFields.text(message.path(type).get("caption"), "message." + type + ".caption")),
                medium, null);
    }

    /** A reply button's title; a list row's title, and on the next line its description. */
    private static Read interactive(JsonNode interactive) {
        String type = MetaFields.requiredText(interactive.get("type"), "message.interactive.type");
        if (!type.equals("button_reply") && !type.equals("list_reply")) {
            return new Unsupported("interactive." + SingleLine.clean(type));
        }
        JsonNode reply = interactive.path(type);
        String where = "message.interactive." + type;
        String title = PlainText.clean(MetaFields.text(reply.get("title"), where + ".title"));
        String description = PlainText.clean(MetaFields.text(reply.get("description"), where + ".description"));
        return said(description.isEmpty() ? title : title + "\n" + description);
    }

    private static Location location(JsonNode location) {
        JsonNode latitude = location.path("latitude");
        JsonNode longitude = location.path("longitude");
        if (!latitude.isNumber() || !longitude.isNumber()) {
            throw new UnreadableEvent("message.location without numeric latitude and longitude");
        }
        try {
            return new Location(latitude.asDouble(), longitude.asDouble(),
                    MetaFields.text(location.get("name"), "message.location.name"),
                    MetaFields.text(location.get("address"), "message.location.address"));
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent("message.location: " + e.getMessage());
        }
    }

    /** One line per shared contact: "Contact: Ana Example, +1 555 0101, +1 555 0102". */
    private static String contacts(JsonNode contacts) {
        if (!contacts.isArray()) {
            throw new UnreadableEvent("message.contacts is not a list");
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode contact : contacts) {
            List<String> details = new ArrayList<>();
            String name = SingleLine.clean(MetaFields.textOrNull(contact.path("name").get("formatted_name")));
            if (name == null) {
                name = SingleLine.clean((orEmpty(contact.path("name").get("first_name")) + " "
                        + orEmpty(contact.path("name").get("last_name"))));
            }
            if (name != null) {
                details.add(name);
            }
            for (JsonNode phone : contact.path("phones")) {
                String number = SingleLine.clean(MetaFields.textOrNull(phone.get("phone")));
                if (number != null) {
                    details.add(number);
                }
            }
            lines.add("Contact: " + (details.isEmpty() ? "(no details)" : String.join(", ", details)));
        }
        return String.join("\n", lines);
    }

    private static String orEmpty(JsonNode value) {
        String text = MetaFields.textOrNull(value);
        return text == null ? "" : text;
    }

    private static Said said(String words) {
        return new Said(PlainText.clean(words), null, null);
    }
}
