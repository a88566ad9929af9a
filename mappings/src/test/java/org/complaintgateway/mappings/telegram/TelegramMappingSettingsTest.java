package org.complaintgateway.mappings.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Private chats unless told otherwise; the bot's user name without "@", compared as Telegram does, ignoring case. */
class TelegramMappingSettingsTest {

    @Test
    void acceptsPrivateChatsByDefault() {
        assertThat(new TelegramMappingSettings("bot", null, null, null, null).acceptedChatTypes()).containsExactly("private");
        assertThat(new TelegramMappingSettings("bot", null, null, Set.of(), null).acceptedChatTypes()).containsExactly("private");
    }

    @Test
    void chatTypesAreReadInLowerCase() {
        assertThat(new TelegramMappingSettings("bot", null, null, Set.of("Private", " SUPERGROUP"), null).acceptedChatTypes())
                .containsExactlyInAnyOrder("private", "supergroup");
    }

    @Test
    void botUsernameLosesItsAtAndMatchesInAnyCase() {
        TelegramMappingSettings settings = new TelegramMappingSettings("bot", "@ComplaintDemoBot", 7000000001L, null, null);

        assertThat(settings.botUsername()).isEqualTo("ComplaintDemoBot");
        assertThat(settings.isBotUsername("@complaintdemobot")).isTrue();
        assertThat(settings.isBotUsername("WeatherDemoBot")).isFalse();
        assertThat(settings.isBotUserId("7000000001")).isTrue();
    }

    @Test
    void unknownBotMatchesNothing() {
        TelegramMappingSettings settings = new TelegramMappingSettings("bot", " ", null, null, null);

        assertThat(settings.botUsername()).isNull();
        assertThat(settings.isBotUsername("anything")).isFalse();
        assertThat(settings.isBotUserId("7000000001")).isFalse();
    }
}
