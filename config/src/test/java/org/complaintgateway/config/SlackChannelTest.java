package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: a {@code slack} channel needs only its signing secret; it serves /slack/{id} unless told otherwise, the
 * channels it listens to are written as Slack's ids (not #names), and the secret never prints.
 */
class SlackChannelTest {
    private static final Map<String, String> ENV = Map.of("SLACK_SIGNING_SECRET", "fake-signing-secret");
    private static final Secret SIGNING_SECRET = new Secret("${env:SLACK_SIGNING_SECRET}", "fake-signing-secret");

    @TempDir
    Path dir;

    @Test
    void aSlackChannelTakesItsDefaults() throws Exception {
        SlackChannelConfig channel = onlyChannel(load(slack("")));

        assertThat(channel).isEqualTo(new SlackChannelConfig("support-slack", "/slack/support-slack", SIGNING_SECRET,
                List.of(), 1L << 20));
        assertThat(channel.type()).isEqualTo("slack");
    }

    @Test
    void everyWrittenKeyBindsToTheRecord() throws Exception {
        SlackChannelConfig channel = onlyChannel(load(slack("""
                    path: /hooks/slack
                    channels: [C0123456789, G01234ABCD]
                    maxBodySize: 512KB
                """)));

        assertThat(channel).isEqualTo(new SlackChannelConfig("support-slack", "/hooks/slack", SIGNING_SECRET,
                List.of("C0123456789", "G01234ABCD"), 512L << 10));
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
    void theSigningSecretPrintsMasked() throws Exception {
        assertThat(load(slack("")).toString()).doesNotContain("fake-signing-secret")
                .contains("****(${env:SLACK_SIGNING_SECRET})");
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
