package org.complaintgateway.mappings.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bot commands at the start of a text: "/name", "/name@botname", then an optional payload ("/start campaign-7" from a
 * deep link). /start and /help open the conversation and are never complaints; any other command only introduces
 * one, so its word is dropped and the rest is what the customer says.
 */
final class BotCommands {

    // Commands are 1 to 32 letters, digits and underscores (BotFather's rule); "/usr/bin" is a path, not a command.
    private static final Pattern LEADING = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?=\\s|$)");
    private static final Set<String> CONVERSATION_OPENERS = Set.of("start", "help");

    /** A command: its name without "/", the bot it names after "@" (null when none), and the text after it. */
    record Command(String name, String botUsername, String rest) {

        /** /start or /help, which Telegram clients send when a conversation begins or the user asks how it works. */
        boolean opensConversation() {
            return CONVERSATION_OPENERS.contains(name.toLowerCase(Locale.ROOT));
        }
    }

    private BotCommands() {
    }

    /** The command {@code text} starts with, if any; leading whitespace is allowed. */
    static Optional<Command> leading(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.stripLeading();
        Matcher matcher = LEADING.matcher(stripped);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new Command(matcher.group(1), matcher.group(2), stripped.substring(matcher.end()).strip()));
    }
}
