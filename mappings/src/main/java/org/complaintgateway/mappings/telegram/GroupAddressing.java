package org.complaintgateway.mappings.telegram;

/**
 * Whether a group message is meant for the bot. People in a group talk to each other; only what they address to the
 * bot is a complaint: a mention of it, a command (for no other bot), or a reply to one of its messages. These are also
 * what Telegram delivers to a bot in privacy mode, so a bot with privacy mode off behaves the same.
 */
final class GroupAddressing {

    private GroupAddressing() {
    }

    static boolean addressesBot(TelegramMessage message, TelegramMappingSettings settings) {
        return mentionsBot(message, settings) || isCommandForBot(message, settings) || repliesToBot(message, settings);
    }

    private static boolean mentionsBot(TelegramMessage message, TelegramMappingSettings settings) {
        String text = message.text();
        return text != null && message.entities().stream()
                .anyMatch(entity -> MessageText.fits(entity, text) && MessageText.namesBot(entity, text, settings));
    }

    /** A bot_command entity; "/cmd@otherbot" is for another bot in the group, unless we do not know our own name. */
    private static boolean isCommandForBot(TelegramMessage message, TelegramMappingSettings settings) {
        String text = message.text();
        return text != null && message.entities().stream()
                .filter(entity -> entity.type().equals("bot_command") && MessageText.fits(entity, text))
                .map(entity -> text.substring(entity.offset(), entity.offset() + entity.length()))
                .anyMatch(command -> {
                    int at = command.indexOf('@');
                    return at < 0 || settings.botUsername() == null || settings.isBotUsername(command.substring(at + 1));
                });
    }

    private static boolean repliesToBot(TelegramMessage message, TelegramMappingSettings settings) {
        TelegramMessage.Sender repliedTo = message.replyToFrom();
        return repliedTo != null && (settings.isBotUserId(repliedTo.id()) || settings.isBotUsername(repliedTo.username()));
    }
}
