package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule: the example files shipped in {@code config/examples} load, and bind to exactly what their comments say. */
class ExampleConfigsTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("examples.dir", "examples"));
    private static final Map<String, String> FAKE_ENV = Map.ofEntries(
            Map.entry("GATEWAY_DB_PASSWORD", "fake-db-password"),
            Map.entry("CRM_TOKEN", "fake-crm-token"),
            Map.entry("GATEWAY_SIGNING_SECRET", "fake-signing-secret"),
            Map.entry("MAIL_PASSWORD", "fake-mail-password"),
            Map.entry("TELEGRAM_TOKEN", "1234567:fake-bot-token"),
            Map.entry("SHOP_TELEGRAM_TOKEN", "7654321:fake-bot-token"),
            Map.entry("SHOP_TELEGRAM_WEBHOOK_SECRET", "fake_webhook-secret"),
            Map.entry("META_APP_SECRET", "fake-app-secret"),
            Map.entry("META_VERIFY_TOKEN", "fake-verify-token"),
            Map.entry("WHATSAPP_TOKEN", "fake-whatsapp-token"),
            Map.entry("SLACK_SIGNING_SECRET", "fake-slack-signing-secret"),
            Map.entry("REVIEW_SITE_SECRET", "fake-review-site-secret"),
            Map.entry("REPLY_API_TOKEN", "fake-reply-api-token"),
            Map.entry("MESSENGER_PAGE_TOKEN", "fake-page-token"),
            Map.entry("SLACK_BOT_TOKEN", "xoxb-fake_bot_token"));

    @Test
    void localExampleIsTheEmbeddedDefault() throws ConfigException {
        GatewayConfig config = new ConfigLoader(Map.<String, String>of()::get).load(EXAMPLES.resolve("local.yaml"));

        assertThat(config.gateway()).isEqualTo(new GatewaySettings("RC", "127.0.0.1", 8080, 8081, Path.of("./data"),
                Duration.ofMinutes(15), null));
        assertThat(config.store()).isEqualTo(new StoreSettings("jdbc:h2:file:./data/ledger", null, null, 8,
                Duration.ofDays(30)));
        assertThat(config.downstream().type()).isEqualTo(DownstreamType.LOCAL);
        assertThat(config.downstream().directory()).isEqualTo(Path.of("./data/delivered"));
        assertThat(config.downstream().auth()).isEqualTo(new DownstreamAuth.None());
        Secret demoPassword = new Secret("${file:demo-mailbox.password}", "demo-mailbox-not-secret");
        assertThat(config.channels()).containsExactly(new WebformChannelConfig("site-form", "/", "/api/v1/complaints",
                List.of("en", "it"), "en", 10L << 20, 5L << 20, Duration.ofSeconds(3),
                new RateLimit(20, Duration.ofMinutes(1)), new RateLimit(5, Duration.ofMinutes(1))),
                new EmailChannelConfig("demo-mail", MailProtocol.IMAP, "127.0.0.1", 1143, "support@localhost",
                        demoPassword, "INBOX", Duration.ofSeconds(5), AfterProcessing.SEEN, null, "Failed", 5, 100,
                        25L << 20, List.of(), Duration.ofSeconds(30), null, true, false, 20, 25L << 20, 5, null));
        assertThat(config.demoMailbox()).isEqualTo(new DemoMailboxSettings(2525, 1143, "support@localhost", demoPassword));
        assertThat(config.replies()).as("the reply API is off").isNull();
        assertThat(config.acknowledgments()).as("nothing is acknowledged").isNull();
    }

    @Test
    void fullExampleBindsEveryKey() throws ConfigException {
        GatewayConfig config = new ConfigLoader(FAKE_ENV::get).load(EXAMPLES.resolve("full.yaml"));
        Secret appSecret = new Secret("${env:META_APP_SECRET}", "fake-app-secret");
        Secret verifyToken = new Secret("${env:META_VERIFY_TOKEN}", "fake-verify-token");
        URI graphApi = URI.create("https://graph.facebook.com/v21.0");

        assertThat(config.gateway()).isEqualTo(new GatewaySettings("CG", "0.0.0.0", 8080, 8081,
                Path.of("/var/lib/complaint-gateway"), Duration.ofMinutes(30), URI.create("https://complaints.example.com")));
        assertThat(config.store()).isEqualTo(new StoreSettings("jdbc:postgresql://db.internal:5432/gateway", "gateway",
                new Secret("${env:GATEWAY_DB_PASSWORD}", "fake-db-password"), 16, Duration.ofDays(45)));
        assertThat(config.downstream()).isEqualTo(new DownstreamSettings(DownstreamType.HTTP,
                URI.create("https://crm.example.com/api/complaints"),
                new DownstreamAuth.Bearer(new Secret("${env:CRM_TOKEN}", "fake-crm-token")),
                new Secret("${env:GATEWAY_SIGNING_SECRET}", "fake-signing-secret"), Duration.ofSeconds(15), 20,
                Duration.ofHours(48), Duration.ofSeconds(2), Duration.ofMinutes(15),
                Path.of("/var/lib/complaint-gateway/delivered"), 8, 512L << 10));
        assertThat(config.replies()).isEqualTo(new RepliesSettings(
                new ReplyApiAuth.Bearer(new Secret("${env:REPLY_API_TOKEN}", "fake-reply-api-token")), 10,
                Duration.ofSeconds(5), Duration.ofMinutes(10), URI.create("https://crm.example.com/gateway/reply-status")));
        assertThat(config.acknowledgments()).isEqualTo(new AcknowledgmentSettings(
                List.of("support-mail", "support-bot", "support-whatsapp", "support-slack", "site-form"), "2 business days", "en", 3,
                Map.of("en", "Dear {name}, we received your complaint {protocolNumber} and will answer within "
                        + "{responseTime}.", "it", AcknowledgmentTemplates.ITALIAN), "support-mail"));
        assertThat(config.channels()).containsExactly(new WebformChannelConfig("site-form", "/complaints",
                "/api/v1/complaints", List.of("en", "it"), "en", 20L << 20, 8L << 20, Duration.ofSeconds(4),
                new RateLimit(30, Duration.ofMinutes(1)), new RateLimit(3, Duration.ofMinutes(10))),
                new EmailChannelConfig("support-mail", MailProtocol.IMAPS, "imap.example.com", 993,
                        "support@example.com", new Secret("${env:MAIL_PASSWORD}", "fake-mail-password"), "INBOX",
                        Duration.ofSeconds(30), AfterProcessing.MOVE, "Processed", "Failed", 3, 50, 20L << 20,
                        List.of("support@example.com", "help@example.com"), Duration.ofSeconds(20), null, true, true,
                        10, 15L << 20, 5, new SmtpSettings("smtp.example.com", 587, SmtpSecurity.STARTTLS,
                        "support@example.com", new Secret("${env:MAIL_PASSWORD}", "fake-mail-password"),
                        "support@example.com", "example.com", Duration.ofSeconds(30))),
                new TelegramChannelConfig("support-bot", new Secret("${env:TELEGRAM_TOKEN}", "1234567:fake-bot-token"),
                        TelegramMode.POLLING, URI.create("https://api.telegram.org"),
                        List.of(TelegramChatType.PRIVATE, TelegramChatType.SUPERGROUP), Duration.ofSeconds(60),
                        20L << 20, Duration.ofSeconds(25), Duration.ofSeconds(30), 5, null, null, null),
                new TelegramChannelConfig("shop-bot", new Secret("${env:SHOP_TELEGRAM_TOKEN}", "7654321:fake-bot-token"),
                        TelegramMode.WEBHOOK, URI.create("https://api.telegram.org"), List.of(TelegramChatType.PRIVATE),
                        Duration.ofSeconds(60), 20L << 20, Duration.ofSeconds(25), Duration.ofSeconds(30), 5,
                        "/telegram/shop-bot", new Secret("${env:SHOP_TELEGRAM_WEBHOOK_SECRET}", "fake_webhook-secret"),
                        URI.create("https://complaints.example.com/telegram/shop-bot")),
                new MetaChannelConfig("support-whatsapp", MetaPlatform.WHATSAPP, "/whatsapp/support-whatsapp",
                        appSecret, verifyToken, new Secret("${env:WHATSAPP_TOKEN}", "fake-whatsapp-token"),
                        graphApi, 1L << 20, 16L << 20, Duration.ofSeconds(10), 5, "complaint_update", "en_US"),
                new MetaChannelConfig("support-messenger", MetaPlatform.MESSENGER, "/messenger/support-messenger",
                        appSecret, verifyToken, new Secret("${env:MESSENGER_PAGE_TOKEN}", "fake-page-token"), graphApi,
                        1L << 20, 0, Duration.ofSeconds(10), 0, null, null),
                new MetaChannelConfig("support-instagram", MetaPlatform.INSTAGRAM, "/instagram/support-instagram",
                        appSecret, verifyToken, null, graphApi, 2L << 20, 0, Duration.ofSeconds(10), 0, null, null),
                new SlackChannelConfig("support-slack", "/slack/support-slack",
                        new Secret("${env:SLACK_SIGNING_SECRET}", "fake-slack-signing-secret"), List.of("C0123456789"),
                        1L << 20, new Secret("${env:SLACK_BOT_TOKEN}", "xoxb-fake_bot_token"),
                        URI.create("https://slack.com/api"), Duration.ofSeconds(5)),
                new WebhookChannelConfig("review-site", "/webhook/review-site", new WebhookAuth.Hmac("X-Signature",
                        "sha256=", SignatureEncoding.HEX, new Secret("${env:REVIEW_SITE_SECRET}",
                        "fake-review-site-secret")), new WebhookFields("/review/id", "/review/body",
                        "/review/author/name", "/review/author/email", "/review/author/phone", "/review/title",
                        "/review/url"), 1L << 20));
        assertThat(config.demoMailbox()).isNull();
    }
}
