package org.complaintgateway.it.telegram;

import java.util.Map;
import java.util.OptionalLong;

/**
 * A message the bot sent with sendMessage, as the fake recorded it. {@code chatId} as given (a number, or
 * {@code @channelusername}); {@code replyToMessageId} from {@code reply_parameters} or the older
 * {@code reply_to_message_id}; {@code parameters}: everything the call carried (parse_mode, reply_markup...).
 */
public record SentMessage(long messageId, String chatId, String text, OptionalLong replyToMessageId,
                          Map<String, String> parameters) {

    public SentMessage {
        parameters = Map.copyOf(parameters);
    }
}
