package org.complaintgateway.mappings.telegram;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.text.SingleLine;

/**
 * The customer's words: mentions of the bot taken out, whether anything is said at all, and a shared contact written
 * out so that a reader of the text alone misses nothing. Cleaning is {@code text.PlainText}'s, places
 * {@code text.LocationText}'s.
 */
final class MessageText {

    private static final Pattern ADDRESS_PUNCTUATION = Pattern.compile("[,:;]?[ \\t]*");

    private MessageText() {
    }

    /**
     * {@code text} without the entities that name the bot: a mention "@botname" or a text mention of its user id.
     * Entities whose range does not fit the text are passed over.
     */
    static String withoutBotMentions(String text, List<TelegramMessage.Entity> entities, TelegramMappingSettings settings) {
        if (text == null) {
            return null;
        }
        StringBuilder result = new StringBuilder(text);
        // From the end, so that removing one range does not move the offsets of the others.
        List<TelegramMessage.Entity> mentions = entities.stream()
                .filter(entity -> fits(entity, text) && namesBot(entity, text, settings))
                .sorted(Comparator.comparingInt(TelegramMessage.Entity::offset).reversed())
                .toList();
        for (TelegramMessage.Entity mention : mentions) {
            int start = mention.offset();
            int end = start + mention.length();
            if (result.substring(0, start).isBlank()) {
                // "@bot, my kettle leaks": the address and its punctuation go with it.
                Matcher address = ADDRESS_PUNCTUATION.matcher(result).region(end, result.length());
                end = address.lookingAt() ? address.end() : end;
            } else if (end < result.length() && result.charAt(end) == ' ' && result.charAt(start - 1) == ' ') {
                // "Hi @bot my order" leaves one space, not two.
                end++;
            }
            result.delete(start, end);
        }
        return result.toString();
    }

    /** Whether {@code entity} mentions the bot: by its @username, or by its user id for users without one. */
    static boolean namesBot(TelegramMessage.Entity entity, String text, TelegramMappingSettings settings) {
        return switch (entity.type()) {
            case "mention" -> settings.isBotUsername(text.substring(entity.offset(), entity.offset() + entity.length()));
            case "text_mention" -> settings.isBotUserId(entity.userId());
            default -> false;
        };
    }

    static boolean fits(TelegramMessage.Entity entity, String text) {
        return entity.offset() >= 0 && entity.length() > 0 && entity.offset() + entity.length() <= text.length();
    }

    /**
     * Whether the text says anything: a letter, a digit, punctuation or a mathematical or currency sign. Emoji and
     * other pictographs (Unicode "other symbols"), their modifiers, joiners and variation selectors, and whitespace
     * do not: "👍" or "🙏🏽" answers a message, it does not complain. (Java 17 has no Emoji property to ask.)
     */
    static boolean hasContent(String text) {
        return text.codePoints().anyMatch(MessageText::saysSomething);
    }

    private static boolean saysSomething(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.OTHER_NUMBER, Character.LETTER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL -> true;
            default -> false;
        };
    }

    /** "Contact: Mara Beispiel, +49 30 1234567"; the contact's name or number alone when the other is missing. */
    static String describe(TelegramMessage.Contact contact) {
        String name = SingleLine.clean(joined(contact.firstName(), contact.lastName()));
        String phone = SingleLine.clean(contact.phoneNumber());
        String details = name == null ? phone : phone == null ? name : name + ", " + phone;
        return "Contact: " + (details == null ? "(no details)" : details);
    }

    /** First and last name with one space between, or whichever is present; null when neither is. */
    static String joined(String first, String last) {
        String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return joined.isEmpty() ? null : joined;
    }
}
