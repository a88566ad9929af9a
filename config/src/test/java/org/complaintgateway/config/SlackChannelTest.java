package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: a {@code slack} channel needs only its signing secret; it serves /slack/{id} unless told otherwise, the
 * channels it listens to are written as Slack's ids (not #names), it sends replies only with a bot token (xoxb-), and
 * no secret ever prints, not even in the error about a token of the wrong kind.
 */
class SlackChannelTest {
    private static final Map<String, String> ENV = Map.of("SLACK_SIGNING_SECRET", "fake-signing-secret",
            "SLACK_BOT_TOKEN", "xoxb-fake_bot_token", "SLACK_USER_TOKEN", "xoxp-fake_user_token");
    private static final Secret SIGNING_SECRET = new Secret("${env:SLACK_SIGNING_SECRET}", "fake-signing-secret");
    private static final Secret BOT_TOKEN = new Secret("${env:SLACK_BOT_TOKEN}", "xoxb-fake_bot_token");
    private static final URI SLACK_API = URI.create("https://slack.com/api");

    @TempDir
    Path dir;

    @Test
    void aSlackChannelTakesItsDefaults() throws Exception {
        SlackChannelConfig channel = onlyChannel(load(slack("")));

        assertThat(channel).isEqualTo(new SlackChannelConfig("support-slack", "/slack/support-slack", SIGNING_SECRET,
                List.of(), 1L << 20, null, SLACK_API, Duration.ofSeconds(10)));
        assertThat(channel.type()).isEqualTo("slack");
    }

    @Test
    void everyWrittenKeyBindsToTheRecord() throws Exception {
        SlackChannelConfig channel = onlyChannel(load(slack("""
                    path: /hooks/slack
                    channels: [C0123456789, G01234ABCD]
                    botToken: ${env:SLACK_BOT_TOKEN}
                    apiUrl: http://127.0.0.1:8089/api
                    timeout: 3s
                    maxBodySize: 512KB
                """)));

        assertThat(channel).isEqualTo(new SlackChannelConfig("support-slack", "/hooks/slack", SIGNING_SECRET,
                List.of("C0123456789", "G01234ABCD"), 512L << 10, BOT_TOKEN, URI.create("http://127.0.0.1:8089/api"),
                Duration.ofSeconds(3)));
    }

    @Test
    void anEmptyChannelListMeansDirectMessagesAndMentionsOnly() throws Exception {
        assertThat(onlyChannel(load(slack("    channels: []\n"))).channels()).isEmpty();
    }

    @Test
    void aChannelNameIsNotAChannelId() {
        assertThat(errorsOf(slack("    channels: [C0123456789, general]\n"))).containsExactly(
                "gateway.yaml:5:29: channel 'support-slack', field 'channels[1]': expected a Slack channel id such "
                        + "as C0123456789 (C or G, then 8 or more upper-case letters or digits: the channel's id "
                        + "from its details, not its #name), got \"general\"");
    }

    @Test
    void aSingleChannelIdMustStillBeAList() {
        assertThat(errorsOf(slack("    channels: C0123456789\n"))).containsExactly(
                "gateway.yaml:5:15: channel 'support-slack', field 'channels': expected a list of Slack channel ids "
                        + "such as [C0123456789], got a single value");
    }

    @Test
    void theSigningSecretIsRequiredAndOnlyByReference() {
        assertThat(errorsOf(slack("").replace("    signingSecret: ${env:SLACK_SIGNING_SECRET}\n", "")))
                .containsExactly("gateway.yaml:2:5: channel 'support-slack', field 'signingSecret': required key is "
                        + "missing");
        assertThat(errorsOf(slack("").replace("${env:SLACK_SIGNING_SECRET}", "fake-literal-secret")))
                .containsExactly("gateway.yaml:4:20: channel 'support-slack', field 'signingSecret': secrets must be "
                        + "a reference: ${env:NAME} or ${file:PATH}");
    }

    @Test
    void aMisspeltKeyIsNamedWithTheNearestOne() {
        assertThat(errorsOf(slack("    channel: [C0123456789]\n"))).containsExactly(
                "gateway.yaml:5:5: channel 'support-slack': unknown key 'channel' (did you mean 'channels'?)");
    }

    @Test
    void itsDefaultPathCannotBeTakenByAnotherChannel() {
        String yaml = slack("") + """
                  - id: reviews
                    type: webhook
                    path: /slack/support-slack
                    auth:
                      bearer: ${env:SLACK_SIGNING_SECRET}
                    fields: {externalId: /id, text: /text}
                """;

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:7:11: channel 'reviews', field 'path': path "
                + "'/slack/support-slack' is already served by channel 'support-slack' (field 'path', line 2)");
    }

    @Test
    void secretsPrintMasked() throws Exception {
        assertThat(load(slack("    botToken: ${env:SLACK_BOT_TOKEN}\n")).toString())
                .doesNotContain("fake-signing-secret", "xoxb-fake_bot_token")
                .contains("****(${env:SLACK_SIGNING_SECRET})", "****(${env:SLACK_BOT_TOKEN})");
    }

    @Test
    void aTokenThatIsNotABotTokenIsRefusedWithoutShowingIt() {
        List<String> errors = errorsOf(slack("    botToken: ${env:SLACK_USER_TOKEN}\n"));

        assertThat(errors).containsExactly("gateway.yaml:5:15: channel 'support-slack', field 'botToken': expected a "
                + "bot token, which starts with xoxb- (the app's Bot User OAuth Token, under OAuth & Permissions), but "
                + "the value of ${env:SLACK_USER_TOKEN} does not; a user token (xoxp-) or an app-level token (xapp-) "
                + "cannot post replies as the app");
        assertThat(String.join("\n", errors)).doesNotContain("fake-user-token");
    }

    @Test
    void theBotTokenIsOnlyByReference() {
        assertThat(errorsOf(slack("    botToken: xoxb-fake_literal_token\n"))).containsExactly(
                "gateway.yaml:5:15: channel 'support-slack', field 'botToken': secrets must be a reference: "
                        + "${env:NAME} or ${file:PATH}");
    }

    @Test
    void theApiUrlAndTimeoutAreChecked() {
        assertThat(errorsOf(slack("    apiUrl: slack.com/api\n    timeout: 0s\n"))).containsExactly(
                "gateway.yaml:5:13: channel 'support-slack', field 'apiUrl': expected an absolute http or https URL "
                        + "with a host, got \"slack.com/api\"",
                "gateway.yaml:6:14: channel 'support-slack', field 'timeout': expected a positive duration such as "
                        + "500ms, 10s, 5m, 2h, 30d or PT10S, got \"0s\"");
    }

    private static String slack(String more) {
        return """
                channels:
                  - id: support-slack
                    type: slack
                    signingSecret: ${env:SLACK_SIGNING_SECRET}
                """ + more;
    }

    private static SlackChannelConfig onlyChannel(GatewayConfig config) {
        assertThat(config.channels()).hasSize(1);
        return (SlackChannelConfig) config.channels().get(0);
    }

    private GatewayConfig load(String yaml) throws IOException, ConfigException {
        return new ConfigLoader(ENV::get).load(Files.writeString(dir.resolve("gateway.yaml"), yaml));
    }

    private List<String> errorsOf(String yaml) {
        return BrokenConfigs.errorsOfYaml(dir, yaml, ENV);
    }
}
