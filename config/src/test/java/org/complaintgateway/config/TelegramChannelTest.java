package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule: a {@code telegram} channel needs only its token; it polls private chats by default, a webhook needs its
 * secret and public address, and every mistake is reported where it is and why. Tokens never print.
 */
class TelegramChannelTest {
    private static final String FAKE_TOKEN = "1234567:fake-test-token";
    private static final Map<String, String> ENV = Map.of("BOT_TOKEN", FAKE_TOKEN, "HOOK_SECRET", "fake_hook-secret",
            "BAD_SECRET", "not allowed!");

    @TempDir
    Path dir;

    @Test
    void aBotTakesItsDefaults() throws Exception {
        TelegramChannelConfig channel = onlyChannel(load(bot("")));

        assertThat(channel).isEqualTo(new TelegramChannelConfig("bot", new Secret("${env:BOT_TOKEN}", FAKE_TOKEN),
                TelegramMode.POLLING, URI.create("https://api.telegram.org"), List.of(TelegramChatType.PRIVATE),
                Duration.ofSeconds(60), 20L << 20, Duration.ofSeconds(25), Duration.ofSeconds(30), 5, null, null, null));
        assertThat(channel.type()).isEqualTo("telegram");
        assertThat(channel.toString()).doesNotContain(FAKE_TOKEN);
    }

    @Test
    void aWebhookServesItsPathByDefaultUnderTheChannelId() throws Exception {
        TelegramChannelConfig channel = onlyChannel(load(bot("""
                    mode: webhook
                    secretToken: ${env:HOOK_SECRET}
                    publicUrl: https://complaints.example.com/telegram/bot
                    chatTypes: [private, supergroup]
                """)));

        assertThat(channel.mode()).isEqualTo(TelegramMode.WEBHOOK);
        assertThat(channel.path()).isEqualTo("/telegram/bot");
        assertThat(channel.secretToken().reveal()).isEqualTo("fake_hook-secret");
        assertThat(channel.publicUrl()).isEqualTo(URI.create("https://complaints.example.com/telegram/bot"));
        assertThat(channel.chatTypes()).containsExactly(TelegramChatType.PRIVATE, TelegramChatType.SUPERGROUP);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("file size over the Bot API's limit", "maxFileSize: 50MB",
                        "5:18: channel 'bot', field 'maxFileSize': must be at most 20MB: the Bot API does not let bots "
                                + "download larger files"),
                mistake("long poll over 50 s", "pollTimeout: 2m",
                        "5:18: channel 'bot', field 'pollTimeout': must be at most 50s: proxies and Telegram itself end "
                                + "longer requests"),
                mistake("unknown chat type", "chatTypes: [private, channel]",
                        "5:26: channel 'bot', field 'chatTypes[1]': expected one of private, group, supergroup, got \"channel\""),
                mistake("unknown mode", "mode: push",
                        "5:11: channel 'bot', field 'mode': expected one of polling, webhook, got \"push\""),
                mistake("webhook key while polling", "secretToken: ${env:HOOK_SECRET}",
                        "5:18: channel 'bot', field 'secretToken': only used with mode: webhook, and this channel polls; "
                                + "remove secretToken or set mode: webhook"),
                mistake("webhook without a secret", "mode: webhook\n    publicUrl: https://complaints.example.com/hook",
                        "5:11: channel 'bot', field 'mode': mode: webhook needs secretToken: without it anyone who guesses "
                                + "the path can post updates (1 to 256 characters: letters, digits, _ and -)"),
                mistake("webhook secret Telegram refuses", "mode: webhook\n    secretToken: ${env:BAD_SECRET}\n"
                                + "    publicUrl: https://complaints.example.com/hook",
                        "6:18: channel 'bot', field 'secretToken': expected 1 to 256 characters, each a letter, a digit, "
                                + "_ or -, as Telegram requires of a webhook's secret_token"),
                mistake("webhook over plain http", "mode: webhook\n    secretToken: ${env:HOOK_SECRET}\n"
                                + "    publicUrl: http://complaints.example.com/hook",
                        "7:16: channel 'bot', field 'publicUrl': must be an https:// URL: Telegram delivers webhooks "
                                + "over HTTPS only"),
                mistake("literal token", null,
                        "4:12: channel 'bot', field 'token': secrets must be a reference: ${env:NAME} or ${file:PATH}"));
    }

    private static Arguments mistake(String name, String lines, String error) {
        return Arguments.of(name, lines, error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsTheMistakeWhereItIsAndWhy(String name, String lines, String error) throws IOException {
        String yaml = lines == null ? bot("").replace("${env:BOT_TOKEN}", "fake-literal-token")
                : bot("    " + lines + "\n");

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:" + error);
    }

    @Test
    void rejectsASecondChannelPollingTheSameBot() throws IOException {
        String yaml = bot("") + """
                  - id: bot-copy
                    type: telegram
                    token: ${env:BOT_TOKEN}
                """;

        assertThat(errorsOf(yaml)).singleElement().asString()
                .startsWith("gateway.yaml:5:9: channel 'bot-copy': Telegram bot 1234567 at https://api.telegram.org is "
                        + "already polled by channel 'bot' (line 2)")
                .doesNotContain("fake-test-token");
    }

    private static String bot(String more) {
        return """
                channels:
                  - id: bot
                    type: telegram
                    token: ${env:BOT_TOKEN}
                """ + more;
    }

    private static TelegramChannelConfig onlyChannel(GatewayConfig config) {
        assertThat(config.channels()).hasSize(1);
        return (TelegramChannelConfig) config.channels().get(0);
    }

    private GatewayConfig load(String yaml) throws IOException, ConfigException {
        return new ConfigLoader(ENV::get).load(Files.writeString(dir.resolve("gateway.yaml"), yaml));
    }

    private List<String> errorsOf(String yaml) {
        return BrokenConfigs.errorsOfYaml(dir, yaml, ENV);
    }
}
