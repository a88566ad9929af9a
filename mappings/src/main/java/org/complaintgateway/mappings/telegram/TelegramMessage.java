package org.complaintgateway.mappings.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.complaintgateway.mappings.model.Location;

/**
 * The parts of a Bot API Message the mapper uses, read in one place so that no other class digs in the payload.
 * Ids are strings, as the canonical complaint carries them. {@code text} is the text or the caption of a media
 * message, with its entities; {@code place} is a shared location or venue.
 */
record TelegramMessage(
        boolean edited,
        String messageId,
        String chatId,
        String chatType,
        Long date,
        Long editDate,
        Sender from,
        String text,
        List<Entity> entities,
        List<TelegramFiles.Media> media,
        Contact contact,
        Location place,
        boolean liveLocation,
        String replyToMessageId,
        Sender replyToFrom) {

    /** A Telegram user; {@code bot} for bots, including the one that answers anonymous group admins. */
    record Sender(String id, boolean bot, String firstName, String lastName, String username, String languageCode) {
    }

    /** A shared contact; {@code userId} only when the contact is a Telegram user. */
    record Contact(String phoneNumber, String firstName, String lastName, String userId) {
    }

    /** A MessageEntity: {@code offset} and {@code length} count UTF-16 code units, as Java strings do. */
    record Entity(String type, int offset, int length, String userId) {
    }

    /** Reads {@code message}, the object of a message or edited_message update. */
    static TelegramMessage read(JsonNode message, boolean edited) {
        if (message == null || !message.isObject()) {
            throw new UnreadableUpdate("the message is not a JSON object");
        }
        JsonNode chat = message.path("chat");
        boolean caption = !message.has("text") && message.has("caption");
        JsonNode reply = message.path("reply_to_message");
        return new TelegramMessage(
                edited,
                requiredId(message.path("message_id"), "message.message_id"),
                requiredId(chat.path("id"), "message.chat.id"),
                requiredText(chat.path("type"), "message.chat.type"),
                epochSeconds(message.path("date"), "message.date"),
                epochSeconds(message.path("edit_date"), "message.edit_date"),
                sender(message.path("from"), "message.from"),
                optionalText(message.path(caption ? "caption" : "text"), caption ? "message.caption" : "message.text"),
                entities(message.path(caption ? "caption_entities" : "entities")),
                TelegramFiles.media(message),
                contact(message.path("contact")),
                place(message),
                message.path("location").path("live_period").isIntegralNumber(),
                reply.isObject() ? optionalId(reply.path("message_id"), "message.reply_to_message.message_id") : null,
                reply.isObject() ? sender(reply.path("from"), "message.reply_to_message.from") : null);
    }

    private static Sender sender(JsonNode from, String where) {
        if (!from.isObject()) {
            return null;
        }
        return new Sender(requiredId(from.path("id"), where + ".id"), from.path("is_bot").asBoolean(false),
                optionalText(from.path("first_name"), where + ".first_name"),
                optionalText(from.path("last_name"), where + ".last_name"),
                optionalText(from.path("username"), where + ".username"),
                optionalText(from.path("language_code"), where + ".language_code"));
    }

    private static Contact contact(JsonNode contact) {
        if (!contact.isObject()) {
            return null;
        }
        return new Contact(optionalText(contact.path("phone_number"), "message.contact.phone_number"),
                optionalText(contact.path("first_name"), "message.contact.first_name"),
                optionalText(contact.path("last_name"), "message.contact.last_name"),
                optionalId(contact.path("user_id"), "message.contact.user_id"));
    }

    /** A venue (which carries its own location) or a bare location; null when the message shares no place. */
    private static Location place(JsonNode message) {
        JsonNode venue = message.path("venue");
        if (venue.isObject()) {
            return location(venue.path("location"), "message.venue.location",
                    optionalText(venue.path("title"), "message.venue.title"),
                    optionalText(venue.path("address"), "message.venue.address"));
        }
        JsonNode location = message.path("location");
        return location.isObject() ? location(location, "message.location", null, null) : null;
    }

    private static Location location(JsonNode location, String where, String title, String address) {
        JsonNode latitude = location.path("latitude");
        JsonNode longitude = location.path("longitude");
        if (!latitude.isNumber() || !longitude.isNumber()) {
            throw new UnreadableUpdate(where + " without numeric latitude and longitude");
        }
        try {
            return new Location(latitude.asDouble(), longitude.asDouble(), title, address);
        } catch (IllegalArgumentException e) {
            throw new UnreadableUpdate(where + ": " + e.getMessage());
        }
    }

    private static List<Entity> entities(JsonNode array) {
        List<Entity> entities = new ArrayList<>();
        if (!array.isArray()) {
            return entities;
        }
        for (JsonNode entity : array) {
            // An entity we cannot place is only formatting lost; the text itself is still there.
            if (entity.path("type").isTextual() && entity.path("offset").canConvertToInt()
                    && entity.path("length").canConvertToInt()) {
                JsonNode user = entity.path("user").path("id");
                entities.add(new Entity(entity.path("type").asText(), entity.path("offset").asInt(),
                        entity.path("length").asInt(), user.isIntegralNumber() ? user.asText() : null));
            }
        }
        return entities;
    }

    private static String requiredId(JsonNode id, String where) {
        String value = optionalId(id, where);
        if (value == null) {
            throw new UnreadableUpdate(where + " missing");
        }
        return value;
    }

    /** Telegram's ids are integers up to 52 bits (chat ids negative for groups); read as their decimal string. */
    private static String optionalId(JsonNode id, String where) {
        if (id.isMissingNode() || id.isNull()) {
            return null;
        }
        if (!id.isIntegralNumber()) {
            throw new UnreadableUpdate(where + " is not a whole number");
        }
        return id.asText();
    }

    private static String requiredText(JsonNode text, String where) {
        String value = optionalText(text, where);
        if (value == null) {
            throw new UnreadableUpdate(where + " missing");
        }
        return value;
    }

    private static String optionalText(JsonNode text, String where) {
        if (text.isMissingNode() || text.isNull()) {
            return null;
        }
        if (!text.isTextual()) {
            throw new UnreadableUpdate(where + " is not a string");
        }
        return text.textValue();
    }

    private static Long epochSeconds(JsonNode seconds, String where) {
        if (seconds.isMissingNode() || seconds.isNull()) {
            return null;
        }
        if (!seconds.isIntegralNumber() || !seconds.canConvertToLong()) {
            throw new UnreadableUpdate(where + " is not a whole number of seconds");
        }
        return seconds.asLong();
    }
}
