package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: secrets come only from {@code ${env:NAME}} or {@code ${file:PATH}}, and their values never appear in
 * {@code toString()} or in an error message.
 */
class SecretReferenceTest {
    private static final String FAKE_TOKEN = "fake-token-for-tests";

    @TempDir
    Path dir;

    @Test
    void readsFileSecretRelativeToTheConfigFileAndTrimsOneTrailingNewline() throws Exception {
        Files.createDirectory(dir.resolve("secrets"));
        Files.writeString(dir.resolve("secrets/crm-token"), FAKE_TOKEN + "\n");

        GatewayConfig config = load(httpDownstreamWithToken("${file:secrets/crm-token}"), Map.of());

        assertThat(((DownstreamAuth.Bearer) config.downstream().auth()).token().reveal()).isEqualTo(FAKE_TOKEN);
    }

    @Test
    void keepsAllButOneTrailingNewlineOfAFileSecret() throws Exception {
        Files.writeString(dir.resolve("crm-token"), FAKE_TOKEN + "\n\n");

        GatewayConfig config = load(httpDownstreamWithToken("${file:crm-token}"), Map.of());

        assertThat(((DownstreamAuth.Bearer) config.downstream().auth()).token().reveal()).isEqualTo(FAKE_TOKEN + "\n");
    }

    @Test
    void readsEnvironmentSecretThroughTheInjectedLookup() throws Exception {
        GatewayConfig config = load(httpDownstreamWithToken("${env:CRM_TOKEN}"), Map.of("CRM_TOKEN", FAKE_TOKEN));

        assertThat(((DownstreamAuth.Bearer) config.downstream().auth()).token().reveal()).isEqualTo(FAKE_TOKEN);
    }

    @Test
    void reportsUnreadableSecretFileByPath() throws Exception {
        Path config = write(httpDownstreamWithToken("${file:missing-token}"));

        assertThat(errors(config, Map.of())).containsExactly(config + ":6:12: field 'downstream.auth.token': "
                + "cannot read secret file '" + dir.resolve("missing-token") + "' (no such file)");
    }

    @Test
    void reportsEmptyEnvironmentVariableWithoutItsValue() throws Exception {
        Path config = write(httpDownstreamWithToken("${env:CRM_TOKEN}"));

        assertThat(errors(config, Map.of("CRM_TOKEN", ""))).containsExactly(
                config + ":6:12: field 'downstream.auth.token': environment variable 'CRM_TOKEN' is empty");
    }

    @Test
    void loadedConfigPrintsNoSecretValue() throws Exception {
        Map<String, String> env = Map.ofEntries(
                Map.entry("GATEWAY_DB_PASSWORD", "fake-db-password-1"),
                Map.entry("CRM_TOKEN", "fake-crm-token-2"),
                Map.entry("GATEWAY_SIGNING_SECRET", "fake-signing-secret-3"),
                Map.entry("MAIL_PASSWORD", "fake-mail-password-4"),
                Map.entry("TELEGRAM_TOKEN", "1234567:fake-bot-token-5"),
                Map.entry("SHOP_TELEGRAM_TOKEN", "7654321:fake-bot-token-6"),
                Map.entry("SHOP_TELEGRAM_WEBHOOK_SECRET", "fake_webhook-secret-7"),
                Map.entry("META_APP_SECRET", "fake-app-secret-8"),
                Map.entry("META_VERIFY_TOKEN", "fake-verify-token-9"),
                Map.entry("WHATSAPP_TOKEN", "fake-whatsapp-token-10"),
                Map.entry("SLACK_SIGNING_SECRET", "fake-slack-signing-secret-11"),
                Map.entry("REVIEW_SITE_SECRET", "fake-review-secret-12"),
                Map.entry("REPLY_API_TOKEN", "fake-reply-api-token-13"),
                Map.entry("MESSENGER_PAGE_TOKEN", "fake-page-token-14"),
                Map.entry("SLACK_BOT_TOKEN", "xoxb-fake_bot_token_15"));
        Path full = Path.of(System.getProperty("examples.dir", "examples")).resolve("full.yaml");

        String printed = new ConfigLoader(env::get).load(full).toString();

        assertThat(printed).doesNotContain(env.values()).contains("****(${env:CRM_TOKEN})")
                .contains("****(${env:MAIL_PASSWORD})").contains("****(${env:TELEGRAM_TOKEN})")
                .contains("****(${env:SHOP_TELEGRAM_WEBHOOK_SECRET})").contains("****(${env:META_APP_SECRET})")
                .contains("****(${env:WHATSAPP_TOKEN})").contains("****(${env:SLACK_SIGNING_SECRET})")
                .contains("****(${env:REVIEW_SITE_SECRET})").contains("****(${env:REPLY_API_TOKEN})")
                .contains("****(${env:MESSENGER_PAGE_TOKEN})").contains("****(${env:SLACK_BOT_TOKEN})");
    }

    @Test
    void basicAuthPasswordAndHeaderValuePrintMasked() throws Exception {
        String yaml = """
                downstream:
                  type: http
                  url: https://crm.example.com/api
                  auth:
                    type: basic
                    user: gateway
                    password: ${env:CRM_PASSWORD}
                """;

        String printed = load(yaml, Map.of("CRM_PASSWORD", FAKE_TOKEN)).toString();

        assertThat(printed).doesNotContain(FAKE_TOKEN).contains("Basic[user=gateway, password=****(${env:CRM_PASSWORD})]");
    }

    @Test
    void secretTypedIntoAWrongPlaceIsNotQuotedBack() throws Exception {
        Path config = write("""
                downstream:
                  auth: %s
                store:
                  url: jdbc:postgresql://db/gateway?password=%s
                """.formatted(FAKE_TOKEN, FAKE_TOKEN));

        assertThat(errors(config, Map.of())).noneMatch(error -> error.contains(FAKE_TOKEN)).hasSize(2);
    }

    private static String httpDownstreamWithToken(String reference) {
        return """
                downstream:
                  type: http
                  url: https://crm.example.com/api
                  auth:
                    type: bearer
                    token: %s
                """.formatted(reference);
    }

    private GatewayConfig load(String yaml, Map<String, String> env) throws IOException, ConfigException {
        return new ConfigLoader(env::get).load(write(yaml));
    }

    private java.util.List<String> errors(Path config, Map<String, String> env) {
        return assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> new ConfigLoader(env::get).load(config))
                .actual().errors().stream().map(ConfigError::toString).toList();
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("gateway.yaml"), yaml);
    }
}
