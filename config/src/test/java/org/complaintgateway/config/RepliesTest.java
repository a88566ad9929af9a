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
 * Rule: the {@code replies} section is optional, and left out the reply API is off; written, it needs exactly one way
 * to authenticate the downstream (a bearer token or the gateway's signature), its backoff never starts above its
 * ceiling, a status callback is only allowed when there is a signing secret to sign it with, and no secret prints.
 */
class RepliesTest {
    private static final Map<String, String> ENV = Map.of("REPLY_API_TOKEN", "fake-reply-api-token",
            "REPLY_API_SIGNING_SECRET", "fake-reply-signing-secret", "GATEWAY_SIGNING_SECRET", "fake-signing-secret");
    private static final Secret TOKEN = new Secret("${env:REPLY_API_TOKEN}", "fake-reply-api-token");
    private static final Secret SIGNING_SECRET = new Secret("${env:REPLY_API_SIGNING_SECRET}",
            "fake-reply-signing-secret");
    private static final String SIGNED_DOWNSTREAM = """
            downstream:
              signingSecret: ${env:GATEWAY_SIGNING_SECRET}
            """;

    @TempDir
    Path dir;

    @Test
    void noSectionMeansNoReplyApi() throws Exception {
        assertThat(load("{}\n").replies()).isNull();
    }

    @Test
    void aSectionWithoutValueMeansNoReplyApi() throws Exception {
        assertThat(load("replies:\n").replies()).isNull();
    }

    @Test
    void aBearerTokenAloneTakesTheDefaults() throws Exception {
        assertThat(load(replies("")).replies()).isEqualTo(new RepliesSettings(new ReplyApiAuth.Bearer(TOKEN), 8,
                Duration.ofSeconds(2), Duration.ofMinutes(5), null));
    }

    @Test
    void theSignatureAuthenticatesInsteadOfABearerToken() throws Exception {
        String yaml = replies("").replace("bearer: ${env:REPLY_API_TOKEN}", "signature: ${env:REPLY_API_SIGNING_SECRET}");

        assertThat(load(yaml).replies().auth()).isEqualTo(new ReplyApiAuth.Signature(SIGNING_SECRET));
    }

    @Test
    void everyKeyBinds() throws Exception {
        RepliesSettings replies = load(SIGNED_DOWNSTREAM + replies("""
                  maxAttempts: 100
                  initialBackoff: 500ms
                  maxBackoff: 1h
                  callbackUrl: http://127.0.0.1:9090/reply-status
                """)).replies();

        assertThat(replies).isEqualTo(new RepliesSettings(new ReplyApiAuth.Bearer(TOKEN), 100, Duration.ofMillis(500),
                Duration.ofHours(1), URI.create("http://127.0.0.1:9090/reply-status")));
    }

    @Test
    void theBackoffMayStartAtItsCeiling() throws Exception {
        RepliesSettings replies = load(replies("  initialBackoff: 1m\n  maxBackoff: 1m\n")).replies();

        assertThat(replies.initialBackoff()).isEqualTo(replies.maxBackoff()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void secretsPrintMasked() throws Exception {
        assertThat(load(replies("")).toString()).doesNotContain("fake-reply-api-token")
                .contains("****(${env:REPLY_API_TOKEN})");
    }

    @Test
    void theAuthIsRequired() {
        assertThat(errorsOf("replies:\n  maxAttempts: 3\n")).containsExactly(
                "gateway.yaml:2:3: field 'replies.auth': required key is missing");
    }

    @Test
    void bothWaysToAuthenticateAreOneTooMany() {
        String yaml = replies("").replace("    bearer:", "    signature: ${env:REPLY_API_SIGNING_SECRET}\n    bearer:");

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:3:5: field 'replies.auth': expected exactly one of "
                + "bearer and signature, got both: a request is checked one way only, so keep the one the downstream "
                + "sends");
    }

    @Test
    void anEmptyAuthMapIsNotAWayToAuthenticate() {
        assertThat(errorsOf("replies:\n  auth: {}\n")).containsExactly("gateway.yaml:2:9: field 'replies.auth': "
                + "expected exactly one of bearer (a token in Authorization: Bearer) and signature (a secret for "
                + "X-Gateway-Signature, the scheme deliveries are signed with), got neither: without one, anyone who "
                + "reaches the gateway could answer customers in its name");
    }

    @Test
    void theAuthIsAMapNotAToken() {
        assertThat(errorsOf("replies:\n  auth: ${env:REPLY_API_TOKEN}\n")).containsExactly("gateway.yaml:2:9: field "
                + "'replies.auth': expected a map with keys bearer, signature, got a single value");
    }

    @Test
    void aMisspeltAuthKeyIsNamedWithTheNearestOne() {
        String yaml = replies("").replace("bearer:", "berer:");

        assertThat(errorsOf(yaml)).containsExactly(
                "gateway.yaml:3:5: field 'replies.auth': unknown key 'berer' (did you mean 'bearer'?)",
                "gateway.yaml:3:5: field 'replies.auth': expected exactly one of bearer (a token in Authorization: "
                        + "Bearer) and signature (a secret for X-Gateway-Signature, the scheme deliveries are signed "
                        + "with), got neither: without one, anyone who reaches the gateway could answer customers in "
                        + "its name");
    }

    @Test
    void theTokenIsOnlyByReferenceAndNeverQuoted() {
        List<String> errors = errorsOf(replies("").replace("${env:REPLY_API_TOKEN}", "fake-literal-token"));

        assertThat(errors).containsExactly("gateway.yaml:3:13: field 'replies.auth.bearer': secrets must be a "
                + "reference: ${env:NAME} or ${file:PATH}");
    }

    @Test
    void anUnsetVariableIsNamed() {
        assertThat(errorsOf(replies("").replace("REPLY_API_TOKEN", "MISSING_TOKEN"))).containsExactly(
                "gateway.yaml:3:13: field 'replies.auth.bearer': environment variable 'MISSING_TOKEN' is not set");
    }

    @Test
    void attemptsAreFromOneToAHundred() {
        assertThat(errorsOf(replies("  maxAttempts: 0\n"))).containsExactly(
                "gateway.yaml:4:16: field 'replies.maxAttempts': expected a whole number from 1 to 100, got \"0\"");
        assertThat(errorsOf(replies("  maxAttempts: 101\n"))).containsExactly(
                "gateway.yaml:4:16: field 'replies.maxAttempts': expected a whole number from 1 to 100, got \"101\"");
    }

    @Test
    void theBackoffCannotStartAboveItsCeiling() {
        assertThat(errorsOf(replies("  initialBackoff: 10m\n"))).containsExactly(
                "gateway.yaml:4:19: field 'replies.initialBackoff': must not be longer than maxBackoff");
    }

    @Test
    void aBackoffInWordsIsNotCompared() {
        assertThat(errorsOf(replies("  initialBackoff: 10m\n  maxBackoff: five minutes\n"))).containsExactly(
                "gateway.yaml:5:15: field 'replies.maxBackoff': expected a positive duration such as 500ms, 10s, 5m, "
                        + "2h, 30d or PT10S, got \"five minutes\"");
    }

    @Test
    void theBackoffIsCheckedEvenWhenTheAuthIsWrong() {
        assertThat(errorsOf("replies:\n  auth: {}\n  initialBackoff: 10m\n")).containsExactly(
                "gateway.yaml:2:9: field 'replies.auth': expected exactly one of bearer (a token in Authorization: "
                        + "Bearer) and signature (a secret for X-Gateway-Signature, the scheme deliveries are signed "
                        + "with), got neither: without one, anyone who reaches the gateway could answer customers in "
                        + "its name",
                "gateway.yaml:3:19: field 'replies.initialBackoff': must not be longer than maxBackoff");
    }

    @Test
    void aCallbackNeedsTheSigningSecretItIsSignedWith() {
        assertThat(errorsOf(replies("  callbackUrl: https://crm.example.com/gateway/reply-status\n"))).containsExactly(
                "gateway.yaml:4:16: field 'replies.callbackUrl': needs downstream.signingSecret: each status callback "
                        + "is signed with it, as deliveries are, so the downstream can tell it came from the gateway; "
                        + "set downstream.signingSecret or remove callbackUrl");
    }

    @Test
    void anUnresolvedSigningSecretIsReportedOnceWhereItIs() {
        String yaml = SIGNED_DOWNSTREAM.replace("GATEWAY_SIGNING_SECRET", "MISSING_SECRET")
                + replies("  callbackUrl: https://crm.example.com/gateway/reply-status\n");

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:2:18: field 'downstream.signingSecret': environment "
                + "variable 'MISSING_SECRET' is not set");
    }

    @Test
    void aCallbackIsAnHttpUrl() {
        assertThat(errorsOf(SIGNED_DOWNSTREAM + replies("  callbackUrl: crm.example.com/reply-status\n")))
                .containsExactly("gateway.yaml:6:16: field 'replies.callbackUrl': expected an absolute http or https "
                        + "URL with a host, got \"crm.example.com/reply-status\"");
    }

    @Test
    void aMisspeltKeyIsNamedWithTheNearestOne() {
        assertThat(errorsOf(replies("  maxAttempt: 3\n"))).containsExactly(
                "gateway.yaml:4:3: field 'replies': unknown key 'maxAttempt' (did you mean 'maxAttempts'?)");
    }

    private static String replies(String more) {
        return """
                replies:
                  auth:
                    bearer: ${env:REPLY_API_TOKEN}
                """ + more;
    }

    private GatewayConfig load(String yaml) throws IOException, ConfigException {
        return new ConfigLoader(ENV::get).load(Files.writeString(dir.resolve("gateway.yaml"), yaml));
    }

    private List<String> errorsOf(String yaml) {
        return BrokenConfigs.errorsOfYaml(dir, yaml, ENV);
    }
}
