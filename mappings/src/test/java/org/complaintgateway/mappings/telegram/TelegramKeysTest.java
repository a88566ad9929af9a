package org.complaintgateway.mappings.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A message is known by chat and message id (message ids count per chat); an update is deduplicated by its id. */
class TelegramKeysTest {

    @Test
    void messageKeyIsChatAndMessageId() {
        assertThat(TelegramKeys.messageKey("-1009000000001", "57")).isEqualTo("-1009000000001:57");
    }

    @Test
    void updateKeyIsTheUpdateId() {
        assertThat(TelegramKeys.updateKey(700000101L)).isEqualTo("update:700000101");
    }
}
