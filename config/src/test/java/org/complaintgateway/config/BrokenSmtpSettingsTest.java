package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule: every mistake in an e-mail channel's {@code smtp} section is reported with its line, column and field, and
 * a reply can only come from an address the loop filter knows as ours. One row per mistake: a valid mailbox on
 * lines 1-7, then the channel's keys and the {@code smtp} section from line 8 on.
 */
class BrokenSmtpSettingsTest {
    private static final Map<String, String> ENV = Map.of("MAIL_PASSWORD", "fake-mail-password");
    private static final String SMTP = "smtp:\n      host: smtp.example.com\n      ";

    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("host missing", "smtp:\n      port: 587",
                        "9:7: channel 'support-mail', field 'smtp.host': required key is missing"),
                mistake("smtp as one value", "smtp: smtp.example.com",
                        "8:11: channel 'support-mail', field 'smtp': expected a map with keys host, port, security, user, "
                                + "password, from, messageIdDomain, timeout, got a single value"),
                mistake("misspelt key", SMTP + "messageIdDomian: example.com",
                        "10:7: channel 'support-mail', field 'smtp': unknown key 'messageIdDomian' (did you mean "
                                + "'messageIdDomain'?)"),
                mistake("unknown security", SMTP + "security: ssl",
                        "10:17: channel 'support-mail', field 'smtp.security': expected one of starttls, tls, none, got \"ssl\""),
                mistake("port out of range", SMTP + "port: 99999",
                        "10:13: channel 'support-mail', field 'smtp.port': expected a port from 1 to 65535, got \"99999\""),
                mistake("user with a line break", SMTP + "user: \"support\\r\\nRSET\"",
                        "10:13: channel 'support-mail', field 'smtp.user': expected a user name (not empty, on one line), "
                                + "got text with a line break or another control character"),
                mistake("literal password", SMTP + "password: fake-literal-password",
                        "10:17: channel 'support-mail', field 'smtp.password': secrets must be a reference: ${env:NAME} "
                                + "or ${file:PATH}"),
                mistake("from that is not an address", SMTP + "from: Support <support@example.com>",
                        "10:13: channel 'support-mail', field 'smtp.from': expected an e-mail address such as "
                                + "support@example.com, got \"Support <support@example.com>\""),
                mistake("message id domain of one label", SMTP + "messageIdDomain: localhost",
                        "10:24: channel 'support-mail', field 'smtp.messageIdDomain': expected a domain name such as "
                                + "example.com, got \"localhost\""),
                mistake("zero timeout", SMTP + "timeout: 0s",
                        "10:16: channel 'support-mail', field 'smtp.timeout': expected a positive duration such as 500ms, "
                                + "10s, 5m, 2h, 30d or PT10S, got \"0s\""),
                mistake("from outside the written own addresses", "ownAddresses: [support@example.com, help@example.com]\n"
                                + "    " + SMTP + "from: sales@example.com",
                        "11:13: channel 'support-mail', field 'smtp.from': must be one of ownAddresses (support@example.com, "
                                + "help@example.com): the loop filter knows our own mail by them, so a reply that came "
                                + "back from another address would be taken for a new complaint; add sales@example.com to "
                                + "ownAddresses or send from one of them"),
                mistake("from defaulting to the login outside empty own addresses", "ownAddresses: []\n    "
                                + "smtp: {host: smtp.example.com}",
                        "9:11: channel 'support-mail', field 'smtp.from': defaults to user support@example.com, which is "
                                + "not one of ownAddresses (none): the loop filter knows our own mail by them, so a reply "
                                + "that came back from another address would be taken for a new complaint; add "
                                + "support@example.com to ownAddresses"));
    }

    private static Arguments mistake(String name, String lines, String error) {
        return Arguments.of(name, lines, error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsTheMistakeWhereItIsAndWhy(String name, String lines, String error) {
        assertThat(errorsOf(mailbox("support@example.com") + "    " + lines + "\n"))
                .containsExactly("gateway.yaml:" + error);
    }

    @Test
    void reportsThatNothingGivesAnAddressToSendFromWhenTheLoginIsNotOne() {
        String yaml = mailbox("support") + "    smtp:\n      host: smtp.example.com\n";

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:9:7: channel 'support-mail', field 'smtp.from': "
                + "required here: user 'support' is not an e-mail address and ownAddresses is not written, so there is "
                + "no address to send replies from; write it (the address customers write to)");
    }

    @Test
    void reportsThatNothingGivesAnAddressToSendFromWhenOwnAddressesIsEmpty() {
        String yaml = mailbox("support") + "    ownAddresses: []\n    smtp:\n      host: smtp.example.com\n";

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:10:7: channel 'support-mail', field 'smtp.from': "
                + "required here: user 'support' is not an e-mail address and ownAddresses is empty, so there is no "
                + "address to send replies from; add it to ownAddresses (the address customers write to)");
    }

    @Test
    void reportsAnUnsetSmtpPasswordByItsReferenceOnly() {
        String yaml = mailbox("support@example.com") + "    " + SMTP + "password: ${env:SMTP_PASSWORD}\n";

        assertThat(errorsOf(yaml)).singleElement().asString()
                .startsWith("gateway.yaml:10:17: channel 'support-mail', field 'smtp.password': ")
                .contains("SMTP_PASSWORD");
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

    private List<String> errorsOf(String yaml) {
        return BrokenConfigs.errorsOfYaml(dir, yaml, ENV);
    }
}
