package org.complaintgateway.mappings.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A text starting with "/word" or "/word@bot" is a command; /start and /help open a conversation in any case. */
class BotCommandsTest {

    @Test
    void readsNameBotAndRest() {
        assertThat(BotCommands.leading("  /complaint@ComplaintDemoBot  my order\nis late "))
                .contains(new BotCommands.Command("complaint", "ComplaintDemoBot", "my order\nis late"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/start", "/START", "/help please", "/start@ComplaintDemoBot campaign-7"})
    void startAndHelpOpenAConversation(String text) {
        assertThat(BotCommands.leading(text)).hasValueSatisfying(command -> assertThat(command.opensConversation()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/usr/bin is full", "/ slash", "my /complaint", "//start", "", "/startle me"})
    void otherTextsAreNoCommandOrNotStart(String text) {
        assertThat(BotCommands.leading(text).filter(BotCommands.Command::opensConversation)).isEmpty();
    }

    @Test
    void pathIsNoCommand() {
        assertThat(BotCommands.leading("/usr/bin is full")).isEmpty();
    }
}
