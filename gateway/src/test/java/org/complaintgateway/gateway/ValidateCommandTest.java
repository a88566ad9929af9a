package org.complaintgateway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: {@code validate} exits 0 on a valid file and 2 on a broken one, printing on stderr every error
 * as {@code file:line:column: [channel 'id', ]field 'x': what was expected}, then "N errors in FILE";
 * secret values never print.
 */
class ValidateCommandTest {

    /** Surefire runs in the module directory, {@code gateway/}. */
    private static final String LOCAL_EXAMPLE = "../config/examples/local.yaml";

    @TempDir
    Path dir;

    @Test
    void shippedLocalExampleIsValid() {
        CliRun run = CliRun.of("validate", "--config", LOCAL_EXAMPLE);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(LOCAL_EXAMPLE + ": valid (2 channels)\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unknownKeyIsReportedWithTheNearestKnownKey() throws IOException {
        Path file = write("misspelt-key.yaml", """
                downstream:
                  type: local
                  maxAttemps: 3
                """);

        assertInvalid(file,
                ":3:3: field 'downstream': unknown key 'maxAttemps' (did you mean 'maxAttempts'?)");
    }

    @Test
    void singleValueWhereAListIsExpectedIsAWrongType() throws IOException {
        Path file = write("languages-not-a-list.yaml", """
                channels:
                  - id: shop-form
                    type: webform
                    languages: it
                """);

        assertInvalid(file,
                ":4:16: channel 'shop-form', field 'languages': expected a non-empty list of language codes, got a single value");
    }

    @Test
    void channelWithoutIdIsNamedByItsPositionAndPointedAtItsMap() throws IOException {
        Path file = write("channel-without-id.yaml", """
                channels:
                  - id: shop-form
                    type: webform
                  - type: webform
                    path: /second
                    apiPath: /api/second
                """);

        assertInvalid(file, ":4:5: field 'channels[1].id': required key is missing");
    }

    @Test
    void secondChannelWithTheSameIdNamesTheLineOfTheFirst() throws IOException {
        Path file = write("same-id-twice.yaml", """
                channels:
                  - id: shop-form
                    type: webform
                  - id: shop-form
                    type: webform
                    path: /shop
                    apiPath: /api/shop
                """);

        assertInvalid(file,
                ":4:9: channel 'shop-form', field 'id': duplicate channel id 'shop-form'; first defined at line 2");
    }

    @Test
    void downstreamUrlWithAnotherSchemeIsRejected() throws IOException {
        Path file = write("ftp-downstream.yaml", """
                downstream:
                  type: http
                  url: ftp://tickets.example.com/inbox
                """);

        assertInvalid(file,
                ":3:8: field 'downstream.url': expected an absolute http or https URL with a host, got \"ftp://tickets.example.com/inbox\"");
    }

    @Test
    void durationInWordsIsRejectedInsideAChannel() throws IOException {
        Path file = write("duration-in-words.yaml", """
                channels:
                  - id: shop-form
                    type: webform
                    perSender:
                      requests: 3
                      per: one minute
                """);

        assertInvalid(file, ":6:12: channel 'shop-form', field 'perSender.per': "
                + "expected a positive duration such as 500ms, 10s, 5m, 2h, 30d or PT10S, got \"one minute\"");
    }

    @Test
    void literalSecretIsRejectedWithoutPrintingIt() throws IOException {
        Path file = write("literal-password.yaml", """
                store:
                  url: jdbc:h2:file:./data/ledger
                  user: gateway
                  password: not-a-real-password-123
                """);

        CliRun run = assertInvalid(file,
                ":4:13: field 'store.password': secrets must be a reference: ${env:NAME} or ${file:PATH}");
        assertThat(run.out() + run.err()).doesNotContain("not-a-real-password-123");
    }

    @Test
    void referenceToUnsetEnvironmentVariableNamesTheVariable() throws IOException {
        Path file = write("unset-token.yaml", """
                downstream:
                  type: http
                  url: https://tickets.example.com/api/complaints
                  auth:
                    type: bearer
                    token: "${env:COMPLAINT_GATEWAY_TEST_NEVER_SET}"
                """);

        assertInvalid(file,
                ":6:12: field 'downstream.auth.token': environment variable 'COMPLAINT_GATEWAY_TEST_NEVER_SET' is not set");
    }

    @Test
    void everyErrorInOneFileIsReportedInFileOrder() throws IOException {
        Path file = write("many-mistakes.yaml", """
                gateway:
                  protocolPrefx: RC
                  port: 0
                downstream:
                  type: http
                  url: https://tickets.example.com/api/complaints
                  timeout: 10 s
                  signingSecret: obviously-fake-signing-key
                channels:
                  - id: Shop_Form
                    type: webform
                """);

        CliRun run = CliRun.of("validate", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                file + ":2:3: field 'gateway': unknown key 'protocolPrefx' (did you mean 'protocolPrefix'?)",
                file + ":3:9: field 'gateway.port': expected a port from 1 to 65535, got \"0\"",
                file + ":7:12: field 'downstream.timeout': expected a positive duration such as 500ms, 10s, 5m, 2h, 30d or PT10S, got \"10 s\"",
                file + ":8:18: field 'downstream.signingSecret': secrets must be a reference: ${env:NAME} or ${file:PATH}",
                file + ":10:9: field 'channels[0].id': expected 1 to 63 lower-case letters, digits or '-', not starting with '-', got \"Shop_Form\"",
                "5 errors in " + file);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void fileSecretResolvesNextToTheConfigFileNotTheWorkingDirectory() throws IOException {
        Files.writeString(dir.resolve("signing.key"), "obviously-fake-signing-key\n");
        Path file = write("file-secret.yaml", """
                downstream:
                  type: http
                  url: https://tickets.example.com/api/complaints
                  signingSecret: ${file:signing.key}
                channels: []
                """);

        CliRun run = CliRun.of("validate", "--config", file.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + ": valid (0 channels)\n");
    }

    @Test
    void missingFileIsAnErrorWithoutPosition() {
        Path file = dir.resolve("nowhere.yaml");

        CliRun run = CliRun.of("validate", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith(file + ": ");
        assertThat(run.errLines().get(1)).isEqualTo("1 error in " + file);
    }

    private CliRun assertInvalid(Path file, String errorAfterFileName) {
        CliRun run = CliRun.of("validate", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(file + errorAfterFileName, "1 error in " + file);
        assertThat(run.out()).isEmpty();
        return run;
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }
}
