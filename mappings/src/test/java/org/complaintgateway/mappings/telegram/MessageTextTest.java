package org.complaintgateway.mappings.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A message says something when it has a letter, digit, punctuation or sign; emoji, flags, skin tones, joiners and
 * whitespace say nothing. Mentions of the bot leave the text without a gap.
 */
class MessageTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t", "👍", "🙏🏽", "👨‍👩‍👧", "🇩🇪", "❤️", "😡 😡", "\u200d\ufe0f"})
    void emojiAndWhitespaceSayNothing(String text) {
        assertThat(MessageText.hasContent(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "?", "42", "€", "👎 no", "не работает", "壊れた"})
    void lettersDigitsAndPunctuationSaySomething(String text) {
        assertThat(MessageText.hasContent(text)).isTrue();
    }

    @Test
    void mentionInTheMiddleLeavesOneSpace() {
        String text = "Hi @ComplaintDemoBot my order";

        assertThat(MessageText.withoutBotMentions(text, List.of(new TelegramMessage.Entity("mention", 3, 17, null)),
                TelegramFixtures.SETTINGS)).isEqualTo("Hi my order");
    }

    @Test
    void mentionOfAnotherUserStays() {
        String text = "@mara_beispiel has the same problem";

        assertThat(MessageText.withoutBotMentions(text, List.of(new TelegramMessage.Entity("mention", 0, 14, null)),
                TelegramFixtures.SETTINGS)).isEqualTo(text);
    }

    @Test
    void entityOutsideTheTextIsPassedOver() {
        assertThat(MessageText.withoutBotMentions("short", List.of(new TelegramMessage.Entity("mention", 3, 17, null)),
                TelegramFixtures.SETTINGS)).isEqualTo("short");
    }
}
