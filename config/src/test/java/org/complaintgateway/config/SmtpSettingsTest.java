package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: an e-mail channel's {@code smtp} section needs only a host; the port follows the security, the login,
 * password and timeout are the channel's, {@code from} is one of our own addresses (so the loop filter knows a reply
 * that comes back) and the Message-ID domain is from's. Without the section the channel sends no replies.
 */
class SmtpSettingsTest {
    private static final String FAKE_MAIL_PASSWORD = "fake-mail-password";
    private static final String FAKE_SMTP_PASSWORD = "fake-smtp-password";
    private static final Map<String, String> ENV = Map.of("MAIL_PASSWORD", FAKE_MAIL_PASSWORD,
            "SMTP_PASSWORD", FAKE_SMTP_PASSWORD);
    private static final Secret MAIL_PASSWORD = new Secret("${env:MAIL_PASSWORD}", FAKE_MAIL_PASSWORD);
    private static final Secret SMTP_PASSWORD = new Secret("${env:SMTP_PASSWORD}", FAKE_SMTP_PASSWORD);

    @TempDir
    Path dir;

    @Test
    void aHostAloneTakesEverythingElseFromTheChannel() throws Exception {
        EmailChannelConfig channel = load(mailbox("support@example.com") + "    smtp: {host: smtp.example.com}\n");

        assertThat(channel.smtp()).isEqualTo(new SmtpSettings("smtp.example.com", 587, SmtpSecurity.STARTTLS,
                "support@example.com", MAIL_PASSWORD, "support@example.com", "example.com", Duration.ofSeconds(30)));
        assertThat(channel.ownAddresses()).containsExactly("support@example.com");
    }

    @Test
    void portDefaultsToTheSecuritysOwn() throws Exception {
        assertThat(smtpWith("security: starttls").port()).isEqualTo(587);
        assertThat(smtpWith("security: tls").port()).isEqualTo(465);
        assertThat(smtpWith("security: none").port()).isEqualTo(25);
    }

    @Test
    void securityNoneIsAllowedWithAPassword() throws Exception {
        SmtpSettings smtp = smtpWith("security: none\n      password: ${env:SMTP_PASSWORD}");

        assertThat(smtp.security()).isEqualTo(SmtpSecurity.NONE);
        assertThat(smtp.password()).isEqualTo(SMTP_PASSWORD);
    }

    @Test
    void fromDefaultsToTheFirstWrittenOwnAddressBeforeTheLogin() throws Exception {
        String yaml = mailbox("support@example.com") + """
                    ownAddresses: [help@example.org, support@example.com]
                    smtp: {host: smtp.example.com}
                """;

        SmtpSettings smtp = load(yaml).smtp();

        assertThat(smtp.from()).isEqualTo("help@example.org");
        assertThat(smtp.messageIdDomain()).isEqualTo("example.org");
    }

    @Test
    void fromDefaultsToTheFirstOwnAddressWhenTheLoginIsNotAnAddress() throws Exception {
        String yaml = mailbox("support") + """
                    ownAddresses: [complaints@example.com]
                    smtp: {host: smtp.example.com}
                """;

        SmtpSettings smtp = load(yaml).smtp();

        assertThat(smtp.user()).isEqualTo("support");
        assertThat(smtp.from()).isEqualTo("complaints@example.com");
    }

    @Test
    void messageIdDomainIsTheDomainOfFromInLowerCase() throws Exception {
        assertThat(smtpWith("from: help@Mail.Example.com").messageIdDomain()).isEqualTo("mail.example.com");
    }

    @Test
    void timeoutDefaultsToTheChannelsTimeout() throws Exception {
        String yaml = mailbox("support@example.com") + """
                    timeout: 1m
                    smtp: {host: smtp.example.com}
                """;

        assertThat(load(yaml).smtp().timeout()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void writtenFromJoinsTheDefaultOwnAddressesSoTheLoopFilterKnowsIt() throws Exception {
        EmailChannelConfig channel = load(mailbox("support@example.com") + """
                    smtp: {host: smtp.example.com, from: help@example.com}
                """);

        assertThat(channel.ownAddresses()).containsExactly("support@example.com", "help@example.com");
    }

    @Test
    void fromMatchesAWrittenOwnAddressInAnyCase() throws Exception {
        String yaml = mailbox("support@example.com") + """
                    ownAddresses: [Help@Example.com]
                    smtp: {host: smtp.example.com, from: help@example.com}
                """;

        EmailChannelConfig channel = load(yaml);

        assertThat(channel.smtp().from()).isEqualTo("help@example.com");
        assertThat(channel.ownAddresses()).containsExactly("Help@Example.com");
    }

    @Test
    void everyKeyBindsWhenWritten() throws Exception {
        String yaml = mailbox("support") + """
                    ownAddresses: [support@example.com, help@example.com]
                    smtp:
                      host: smtp.example.net
                      port: 2465
                      security: tls
                      user: replies@example.net
                      password: ${env:SMTP_PASSWORD}
                      from: help@example.com
                      messageIdDomain: gateway.example.net
                      timeout: 45s
                """;

        assertThat(load(yaml).smtp()).isEqualTo(new SmtpSettings("smtp.example.net", 2465, SmtpSecurity.TLS,
                "replies@example.net", SMTP_PASSWORD, "help@example.com", "gateway.example.net",
                Duration.ofSeconds(45)));
    }

    @Test
    void aChannelWithoutSmtpCannotSendReplies() throws Exception {
        assertThat(load(mailbox("support@example.com")).smtp()).isNull();
        assertThat(load(mailbox("support@example.com") + "    smtp:\n").smtp()).isNull();
    }

    @Test
    void bothPasswordsAreMaskedWhenTheChannelPrints() throws Exception {
        EmailChannelConfig channel = load(mailbox("support@example.com") + """
                    smtp: {host: smtp.example.com, password: "${env:SMTP_PASSWORD}"}
                """);

        assertThat(channel.toString()).doesNotContain(FAKE_MAIL_PASSWORD, FAKE_SMTP_PASSWORD)
                .contains("password=****(${env:MAIL_PASSWORD})", "password=****(${env:SMTP_PASSWORD})");
        assertThat(channel.smtp().password().reveal()).isEqualTo(FAKE_SMTP_PASSWORD);
    }

    private SmtpSettings smtpWith(String lines) throws IOException, ConfigException {
        return load(mailbox("support@example.com") + "    smtp:\n      host: smtp.example.com\n      " + lines + "\n")
                .smtp();
    }

    private static String mailbox(String user) {
        return """
                channels:
                  - id: support-mail
                    type: email
                    protocol: imaps
                    host: imap.example.com
                    user: %s
                    password: ${env:MAIL_PASSWORD}
                """.formatted(user);
    }

    private EmailChannelConfig load(String yaml) throws IOException, ConfigException {
        GatewayConfig config = new ConfigLoader(ENV::get).load(Files.writeString(dir.resolve("gateway.yaml"), yaml));
        assertThat(config.channels()).hasSize(1);
        return (EmailChannelConfig) config.channels().get(0);
    }
}
