package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: the {@code demoMailbox} section is optional; written, it needs only a password, listens on loopback at
 * ports that differ from each other and from the gateway's, and its password never prints.
 */
class DemoMailboxTest {
    private static final String FAKE_PASSWORD = "fake-demo-password";
    private static final Map<String, String> ENV = Map.of("DEMO_PASSWORD", FAKE_PASSWORD);
    private static final Secret PASSWORD = new Secret("${env:DEMO_PASSWORD}", FAKE_PASSWORD);

    @TempDir
    Path dir;

    @Test
    void noSectionMeansNoDemoMailbox() throws Exception {
        assertThat(load("gateway:\n  port: 8080\n").demoMailbox()).isNull();
    }

    @Test
    void sectionWithoutValueMeansNoDemoMailbox() throws Exception {
        assertThat(load("demoMailbox:\n").demoMailbox()).isNull();
    }

    @Test
    void aPasswordAloneTakesTheDefaults() throws Exception {
        DemoMailboxSettings demo = load(demoMailbox("")).demoMailbox();

        assertThat(demo).isEqualTo(new DemoMailboxSettings(2525, 1143, "support@localhost", PASSWORD));
        assertThat(DemoMailboxSettings.HOST).isEqualTo("127.0.0.1");
    }

    @Test
    void everyKeyBinds() throws Exception {
        DemoMailboxSettings demo = load(demoMailbox("  smtpPort: 3025\n  imapPort: 3143\n  address: help@demo.example.org\n"))
                .demoMailbox();

        assertThat(demo).isEqualTo(new DemoMailboxSettings(3025, 3143, "help@demo.example.org", PASSWORD));
    }

    @Test
    void passwordFileResolvesBesideTheConfigFile() throws Exception {
        Files.writeString(dir.resolve("demo-mailbox.password"), "demo-mailbox-not-secret\n");

        DemoMailboxSettings demo = load("demoMailbox:\n  password: ${file:demo-mailbox.password}\n").demoMailbox();

        assertThat(demo.password().reveal()).isEqualTo("demo-mailbox-not-secret");
    }

    @Test
    void passwordNeverPrints() throws Exception {
        assertThat(load(demoMailbox("")).toString()).doesNotContain(FAKE_PASSWORD).contains("${env:DEMO_PASSWORD}");
    }

    @Test
    void rejectsSmtpPortTakenByTheGateway() {
        assertThat(errorsOf(demoMailbox("  smtpPort: 8080\n"))).containsExactly(
                "3:13: field 'demoMailbox.smtpPort': must differ from gateway.port 8080");
    }

    @Test
    void rejectsImapPortTakenByManagement() {
        assertThat(errorsOf("gateway:\n  managementPort: 9143\n" + demoMailbox("  imapPort: 9143\n"))).containsExactly(
                "5:13: field 'demoMailbox.imapPort': must differ from gateway.managementPort 9143");
    }

    @Test
    void rejectsImapPortEqualToSmtpPort() {
        assertThat(errorsOf(demoMailbox("  smtpPort: 3025\n  imapPort: 3025\n"))).containsExactly(
                "4:13: field 'demoMailbox.imapPort': must differ from smtpPort 3025");
    }

    @Test
    void rejectsDefaultPortThatTheGatewayTakesPointingAtTheSection() {
        assertThat(errorsOf("gateway:\n  port: 2525\n" + demoMailbox(""))).containsExactly(
                "4:3: field 'demoMailbox.smtpPort': must differ from gateway.port 2525");
    }

    @Test
    void rejectsPortOutOfRangeWithoutAlsoReportingAClash() {
        assertThat(errorsOf(demoMailbox("  smtpPort: 0\n  imapPort: 8080\n"))).containsExactly(
                "3:13: field 'demoMailbox.smtpPort': expected a port from 1 to 65535, got \"0\"");
    }

    @Test
    void requiresAPassword() {
        assertThat(errorsOf("demoMailbox:\n  smtpPort: 2525\n")).containsExactly(
                "2:3: field 'demoMailbox.password': required key is missing");
    }

    @Test
    void rejectsLiteralPasswordWithoutQuotingIt() {
        assertThat(errorsOf("demoMailbox:\n  password: hunter2-fake\n")).containsExactly(
                "2:13: field 'demoMailbox.password': secrets must be a reference: ${env:NAME} or ${file:PATH}");
    }

    @Test
    void rejectsAddressWithoutDomain() {
        assertThat(errorsOf(demoMailbox("  address: support\n"))).containsExactly(
                "3:12: field 'demoMailbox.address': expected an e-mail address such as support@localhost, got \"support\"");
    }

    @Test
    void hasNoHostKeyBecauseItAlwaysBindsLoopback() {
        assertThat(errorsOf(demoMailbox("  host: 0.0.0.0\n"))).containsExactly(
                "3:3: field 'demoMailbox': unknown key 'host'; allowed keys: smtpPort, imapPort, address, password");
    }

    private static String demoMailbox(String moreKeys) {
        return "demoMailbox:\n  password: ${env:DEMO_PASSWORD}\n" + moreKeys;
    }

    private GatewayConfig load(String yaml) throws IOException, ConfigException {
        return new ConfigLoader(ENV::get).load(write(yaml));
    }

    private List<String> errorsOf(String yaml) {
        Path file = write(yaml);
        return assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> new ConfigLoader(ENV::get).load(file))
                .actual()
                .errors().stream()
                .map(error -> error.toString().replace(file + ":", ""))
                .toList();
    }

    private Path write(String yaml) {
        try {
            return Files.writeString(dir.resolve("gateway.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
