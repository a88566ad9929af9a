package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule: a dedupe key is stored as the SHA-256 hex of channel and key, never as the key itself. */
class DedupeKeysTest {

    @Test
    void hashIsSha256HexOfChannelNewlineKey() {
        // printf 'bot\nupdate-42' | sha256sum
        assertThat(DedupeKeys.hash("bot", "update-42"))
                .isEqualTo("579f8a84072e813ab8e0188560c5eae4effc0f929a7bc04d6ddc1a744b1daa5e");
    }

    @Test
    void channelAndKeyCannotBeShiftedIntoEachOther() {
        assertThat(DedupeKeys.hash("ab", "c")).isNotEqualTo(DedupeKeys.hash("a", "bc"));
    }
}
