package org.complaintgateway.it.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.complaintgateway.gateway.GatewayCli;
import org.complaintgateway.it.support.FreePort;
import org.complaintgateway.it.support.LoopbackDownstream;
import org.complaintgateway.it.support.SecretFile;
import org.complaintgateway.it.support.TestGateway;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * {@code telegram set-webhook|delete-webhook --config FILE --channel ID} against the fake Bot API: the webhook gets
 * the channel's publicUrl and secret; a polling channel is refused before Telegram is asked (exit 2); what Telegram
 * refuses, or an API that cannot be reached, is exit 4; and nothing printed ever contains the bot token or the secret.
 */
class TelegramCommandTest {

    private static final String PUBLIC_URL = "https://complaints.example.com/telegram/bot";
    private static final String WEBHOOK = """
                mode: webhook
                secretToken: "${file:%s}"
                publicUrl: %s
            """.formatted(TelegramChannel.WEBHOOK_SECRET_FILE, PUBLIC_URL);
    /** Another bot's token, as fake as ours: the fake started with it refuses ours. */
    private static final String OTHER_TOKEN = "7654321:another-fake-token";
    private static final int OK = 0;
    private static final int INVALID = 2;
    private static final int REMOTE_REFUSED = 4;

    static {
        // Logging starts once per JVM, on its first logger: not while a run's output is captured.
        LoggerFactory.getILoggerFactory();
    }

    @TempDir
    Path dir;

    @AutoClose
    FakeTelegramBotApi api;

    @Test
    void setWebhookRegistersThePublicUrlAndTheSecretWithTelegram() {
        api = FakeTelegramBotApi.start();
        Path config = config(WEBHOOK);

        CliRun run = CliRun.of("telegram", "set-webhook", "--config", config.toString(), "--channel", "bot");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(OK);
        assertThat(run.out()).contains("webhook of channel 'bot' set to " + PUBLIC_URL);
        assertThat(api.webhook()).hasValue(new Webhook(PUBLIC_URL, TelegramChannel.WEBHOOK_SECRET));
        assertThat(api.allowedUpdates()).contains("message", "edited_message");
        run.assertPrintsNo(FakeTelegramBotApi.TOKEN, TelegramChannel.WEBHOOK_SECRET);
    }

    @Test
    void setWebhookOnAPollingChannelIsRefusedWithoutAskingTelegram() {
        api = FakeTelegramBotApi.start();
        Path config = config("");

        CliRun run = CliRun.of("telegram", "set-webhook", "--config", config.toString(), "--channel", "bot");

        assertThat(run.exitCode()).isEqualTo(INVALID);
        assertThat(run.err()).contains("channel 'bot' polls (mode: polling)").contains("409 Conflict")
                .contains("Set mode: webhook, secretToken and publicUrl first");
        assertThat(api.webhook()).isEmpty();
        assertThat(api.calls("setWebhook")).isZero();
    }

    @Test
    void deleteWebhookRemovesTheWebhook() {
        api = FakeTelegramBotApi.start();
        Path config = config(WEBHOOK);
        assertThat(CliRun.of("telegram", "set-webhook", "--config", config.toString(), "--channel", "bot").exitCode())
                .isEqualTo(OK);
        assertThat(api.webhook()).isPresent();

        CliRun run = CliRun.of("telegram", "delete-webhook", "--config", config.toString(), "--channel", "bot");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(OK);
        assertThat(run.out()).contains("webhook of channel 'bot' deleted");
        assertThat(api.webhook()).isEmpty();
        assertThat(api.calls("deleteWebhook")).isEqualTo(1);
    }

    @Test
    void aTokenTelegramRefusesIsExit4AndTheTokenIsNotPrinted() {
        api = FakeTelegramBotApi.start(OTHER_TOKEN, 7_654_321L, "another_fake_bot");
        Path config = config(WEBHOOK);

        CliRun set = CliRun.of("telegram", "set-webhook", "--config", config.toString(), "--channel", "bot");
        CliRun delete = CliRun.of("telegram", "delete-webhook", "--config", config.toString(), "--channel", "bot");

        assertThat(set.exitCode()).isEqualTo(REMOTE_REFUSED);
        assertThat(set.err()).contains("Telegram refused").contains("401").contains("Unauthorized");
        assertThat(delete.exitCode()).isEqualTo(REMOTE_REFUSED);
        assertThat(api.webhook()).isEmpty();
        set.assertPrintsNo(FakeTelegramBotApi.TOKEN, TelegramChannel.WEBHOOK_SECRET);
        delete.assertPrintsNo(FakeTelegramBotApi.TOKEN, TelegramChannel.WEBHOOK_SECRET);
    }

    @Test
    void anApiThatCannotBeReachedIsExit4AndTheTokenIsNotPrinted() {
        api = FakeTelegramBotApi.start();
        Path config = config(WEBHOOK);
        api.stop();

        CliRun run = CliRun.of("telegram", "set-webhook", "--config", config.toString(), "--channel", "bot");

        assertThat(run.exitCode()).isEqualTo(REMOTE_REFUSED);
        assertThat(run.err()).contains("Telegram refused").contains("setWebhook got no answer");
        run.assertPrintsNo(FakeTelegramBotApi.TOKEN, TelegramChannel.WEBHOOK_SECRET);
    }

    @Test
    void aChannelThatIsNotInTheConfigIsExit2() {
        api = FakeTelegramBotApi.start();
        Path config = config(WEBHOOK);

        CliRun run = CliRun.of("telegram", "set-webhook", "--config", config.toString(), "--channel", "no-such-bot");

        assertThat(run.exitCode()).isEqualTo(INVALID);
        assertThat(run.err()).contains("no telegram channel with id 'no-such-bot'");
        assertThat(api.calls("setWebhook")).isZero();
    }

    /** The gateway's config with the channel {@code bot} on the fake, its secrets in files beside it (the CLI's way). */
    private Path config(String extraYaml) {
        TelegramChannel.writeSecrets(dir);
        TestGateway gateway = TestGateway.builder(dir)
                .httpDownstream(LoopbackDownstream.url(FreePort.find()), "fake-signing-secret-for-tests", "")
                .channel(TelegramChannel.channelYaml(api, extraYaml))
                .build();
        SecretFile.replaceEnvReference(gateway.configFile(), "TEST_SIGNING_SECRET", "fake-signing-secret-for-tests");
        return gateway.configFile();
    }

    /** One run of the command line in this JVM, with what it printed on stdout and stderr. */
    private record CliRun(int exitCode, String out, String err) {

        static CliRun of(String... args) {
            PrintStream originalOut = System.out;
            PrintStream originalErr = System.err;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exitCode;
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                exitCode = GatewayCli.execute(args);
            } finally {
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
            return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        void assertPrintsNo(String... secrets) {
            for (String printed : List.of(out, err)) {
                for (String secret : secrets) {
                    assertThat(printed).doesNotContain(secret);
                }
            }
        }
    }
}
