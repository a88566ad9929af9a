package org.complaintgateway.mappings.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** A message is known by chat and message id (message ids count per chat); an update is deduplicated by its id. */
class TelegramKeysTest {

    @Test
    void messageKeyIsChatAndMessageId() {
        assertThat(TelegramKeys.messageKey("-1009000000001", "57")).isEqualTo("-1009000000001:57");
    }

    @Test
    void anUpdatesMessageKeyComesFromWhicheverMessageItCarries() throws Exception {
        for (String kind : new String[] {"message", "edited_message", "channel_post", "edited_channel_post"}) {
            assertThat(TelegramKeys.messageKey(update("{\"" + kind + "\": {\"message_id\": 57, \"chat\": {\"id\": -100900}}}")))
                    .as(kind).contains("-100900:57");
        }
        assertThat(TelegramKeys.messageKey(update("{\"callback_query\": {\"id\": \"q1\"}}"))).isEmpty();
        assertThat(TelegramKeys.messageKey(update("{\"message\": {\"message_id\": 57}}"))).isEmpty();
    }

    @Test
    void editsAndRepliesReferBackPlainMessagesDoNot() throws Exception {
        assertThat(TelegramMapper.refersBack(update("{\"edited_message\": {\"message_id\": 5}}"))).isTrue();
        assertThat(TelegramMapper.refersBack(update(
                "{\"message\": {\"message_id\": 6, \"reply_to_message\": {\"message_id\": 5}}}"))).isTrue();
        assertThat(TelegramMapper.refersBack(update("{\"message\": {\"message_id\": 6, \"text\": \"hi\"}}"))).isFalse();
        assertThat(TelegramMapper.refersBack(update("{\"channel_post\": {\"message_id\": 6}}"))).isFalse();
    }

    private static JsonNode update(String fields) throws Exception {
        ObjectNode update = (ObjectNode) new ObjectMapper().readTree(fields);
        return update.put("update_id", 500000001L);
    }

    @Test
    void updateKeyIsTheUpdateId() {
        assertThat(TelegramKeys.updateKey(700000101L)).isEqualTo("update:700000101");
    }
}
