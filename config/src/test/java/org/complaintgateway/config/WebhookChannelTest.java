package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule: a {@code webhook} channel is authenticated by exactly one of an HMAC of the body and a bearer token, finds
 * each part of the complaint by a JSON Pointer whose syntax is checked when the file is loaded, serves
 * /webhook/{id} unless told otherwise, and its secrets never print.
 */
class WebhookChannelTest {
    private static final Map<String, String> ENV = Map.of("REVIEW_SITE_SECRET", "fake-review-secret",
            "REVIEW_SITE_TOKEN", "fake-review-token");
    private static final Secret HMAC_SECRET = new Secret("${env:REVIEW_SITE_SECRET}", "fake-review-secret");
    private static final String MINIMAL_FIELDS = """
                fields:
                  externalId: /review/id
                  text: /review/body
            """;

    @TempDir
    Path dir;

    @Test
    void theDocumentedExampleBindsEveryKey() throws Exception {
        WebhookChannelConfig channel = onlyChannel(load(webhook("""
                    path: /webhook/review-site
                    auth:
                      hmac:
                        header: X-Signature
                        prefix: "sha256="
                        encoding: hex
                        secret: ${env:REVIEW_SITE_SECRET}
                    fields:
                      externalId: /review/id
                      text: /review/body
                      customerName: /review/author/name
                      email: /review/author/email
                      phone: /review/author/phone
                      subject: /review/title
                      replyTo: /review/url
                    maxBodySize: 1MB
                """)));

        assertThat(channel).isEqualTo(new WebhookChannelConfig("review-site", "/webhook/review-site",
                new WebhookAuth.Hmac("X-Signature", "sha256=", SignatureEncoding.HEX, HMAC_SECRET),
                new WebhookFields("/review/id", "/review/body", "/review/author/name", "/review/author/email",
                        "/review/author/phone", "/review/title", "/review/url"), 1L << 20));
        assertThat(channel.type()).isEqualTo("webhook");
    }

    @Test
    void anHmacNeedsOnlyItsHeaderAndSecretAndTheFieldsOnlyIdAndText() throws Exception {
        WebhookChannelConfig channel = onlyChannel(load(webhook("""
                    auth:
                      hmac:
                        header: X-Signature
                        secret: ${env:REVIEW_SITE_SECRET}
                """ + MINIMAL_FIELDS)));

        assertThat(channel).isEqualTo(new WebhookChannelConfig("review-site", "/webhook/review-site",
                new WebhookAuth.Hmac("X-Signature", "", SignatureEncoding.HEX, HMAC_SECRET),
                new WebhookFields("/review/id", "/review/body", null, null, null, null, null), 1L << 20));
    }

    @Test
    void aBearerTokenIsTheOtherWayToAuthenticate() throws Exception {
        WebhookChannelConfig channel = onlyChannel(load(webhook("""
                    auth:
                      bearer: ${env:REVIEW_SITE_TOKEN}
                """ + MINIMAL_FIELDS)));

        assertThat(channel.auth()).isEqualTo(new WebhookAuth.Bearer(
                new Secret("${env:REVIEW_SITE_TOKEN}", "fake-review-token")));
    }

    @Test
    void aSignatureMayBeWrittenInBase64() throws Exception {
        WebhookChannelConfig channel = onlyChannel(load(webhook("""
                    auth:
                      hmac: {header: X-Shopify-Hmac-Sha256, encoding: base64, secret: "${env:REVIEW_SITE_SECRET}"}
                """ + MINIMAL_FIELDS)));

        assertThat(((WebhookAuth.Hmac) channel.auth()).encoding()).isEqualTo(SignatureEncoding.BASE64);
    }

    @Test
    void bothWaysToAuthenticateAtOnceAreAnError() {
        String yaml = webhook("""
                    auth:
                      hmac:
                        header: X-Signature
                        secret: ${env:REVIEW_SITE_SECRET}
                      bearer: ${env:REVIEW_SITE_TOKEN}
                """ + MINIMAL_FIELDS);

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:5:7: channel 'review-site', field 'auth': expected "
                + "exactly one of hmac and bearer, got both: a request is checked one way only, so keep the one the "
                + "source sends");
    }

    @Test
    void noWayToAuthenticateIsAnError() {
        assertThat(errorsOf(webhook("    auth: {}\n" + MINIMAL_FIELDS))).containsExactly("gateway.yaml:4:11: channel "
                + "'review-site', field 'auth': expected exactly one of hmac (an HMAC-SHA256 of the body, in a header) "
                + "and bearer (a token in Authorization: Bearer), got neither: without one, anyone who finds the path "
                + "can post complaints");
    }

    @Test
    void authAndFieldsAreRequired() {
        assertThat(errorsOf(webhook(""))).containsExactly(
                "gateway.yaml:2:5: channel 'review-site', field 'auth': required key is missing",
                "gateway.yaml:2:5: channel 'review-site', field 'fields': required key is missing");
    }

    @Test
    void unknownKeysInsideAuthAreNamedWithTheNearestKnownOne() {
        String yaml = webhook("""
                    auth:
                      hmac:
                        headr: X-Signature
                        secret: ${env:REVIEW_SITE_SECRET}
                """ + MINIMAL_FIELDS);

        assertThat(errorsOf(yaml)).containsExactly(
                "gateway.yaml:6:9: channel 'review-site', field 'auth.hmac': unknown key 'headr' (did you mean "
                        + "'header'?)",
                "gateway.yaml:6:9: channel 'review-site', field 'auth.hmac.header': required key is missing");
    }

    @Test
    void anUnknownWayToAuthenticateListsTheKnownOnes() {
        assertThat(errorsOf(webhook("    auth:\n      basic: ${env:REVIEW_SITE_TOKEN}\n" + MINIMAL_FIELDS)))
                .containsExactly(
                        "gateway.yaml:5:7: channel 'review-site', field 'auth': unknown key 'basic'; allowed keys: "
                                + "hmac, bearer",
                        "gateway.yaml:5:7: channel 'review-site', field 'auth': expected exactly one of hmac (an "
                                + "HMAC-SHA256 of the body, in a header) and bearer (a token in Authorization: "
                                + "Bearer), got neither: without one, anyone who finds the path can post complaints");
    }

    @Test
    void unknownKeysInsideFieldsAreNamedWithTheNearestKnownOne() {
        String yaml = webhook("""
                    auth:
                      bearer: ${env:REVIEW_SITE_TOKEN}
                """ + MINIMAL_FIELDS + "      mail: /review/author/email\n");

        assertThat(errorsOf(yaml)).containsExactly(
                "gateway.yaml:9:7: channel 'review-site', field 'fields': unknown key 'mail' (did you mean 'email'?)");
    }

    @Test
    void aSignatureHeaderMustBeAHeaderNameAndTheEncodingAKnownOne() {
        String yaml = webhook("""
                    auth:
                      hmac:
                        header: X Signature
                        encoding: hexadecimal
                        secret: ${env:REVIEW_SITE_SECRET}
                """ + MINIMAL_FIELDS);

        assertThat(errorsOf(yaml)).containsExactly(
                "gateway.yaml:6:17: channel 'review-site', field 'auth.hmac.header': expected an HTTP header name, "
                        + "got \"X Signature\"",
                "gateway.yaml:7:19: channel 'review-site', field 'auth.hmac.encoding': expected one of hex, base64, "
                        + "got \"hexadecimal\"");
    }

    @Test
    void theHmacSecretIsRequiredAndOnlyByReference() {
        String yaml = webhook("""
                    auth:
                      hmac:
                        header: X-Signature
                        secret: fake-literal-secret
                """ + MINIMAL_FIELDS);

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:7:17: channel 'review-site', field "
                + "'auth.hmac.secret': secrets must be a reference: ${env:NAME} or ${file:PATH}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"review.id", "$.review.id", "/review/~2id", "/review/id~"})
    void aFieldThatIsNotAJsonPointerIsRejectedWithAnExample(String notAPointer) {
        String yaml = webhook("""
                    auth:
                      bearer: ${env:REVIEW_SITE_TOKEN}
                """ + MINIMAL_FIELDS.replace("/review/id", "\"" + notAPointer + "\""));

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:7:19: channel 'review-site', field "
                + "'fields.externalId': expected a JSON Pointer such as /review/author/name (RFC 6901: it starts "
                + "with /, and ~ is written only as ~0 or ~1), got \"" + notAPointer + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/a~1b/~0c", "/items/0/text", "/ü ber"})
    void everyPointerRfc6901AllowsIsAccepted(String pointer) throws Exception {
        WebhookChannelConfig channel = onlyChannel(load(webhook("""
                    auth:
                      bearer: ${env:REVIEW_SITE_TOKEN}
                """ + MINIMAL_FIELDS.replace("/review/body", "\"" + pointer + "\""))));

        assertThat(channel.fields().text()).isEqualTo(pointer);
    }

    @Test
    void theTextFieldIsRequired() {
        String yaml = webhook("""
                    auth:
                      bearer: ${env:REVIEW_SITE_TOKEN}
                    fields:
                      externalId: /review/id
                """);

        assertThat(errorsOf(yaml)).containsExactly(
                "gateway.yaml:7:7: channel 'review-site', field 'fields.text': required key is missing");
    }

    @Test
    void itsDefaultPathCannotBeTakenByAnotherChannel() {
        String yaml = webhook("    auth:\n      bearer: ${env:REVIEW_SITE_TOKEN}\n" + MINIMAL_FIELDS) + """
                  - id: shop-form
                    type: webform
                    path: /webhook/review-site
                """;

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:11:11: channel 'shop-form', field 'path': path "
                + "'/webhook/review-site' is already served by channel 'review-site' (field 'path', line 2)");
    }

    @Test
    void secretsPrintMasked() throws Exception {
        String hmac = load(webhook("""
                    auth:
                      hmac:
                        header: X-Signature
                        secret: ${env:REVIEW_SITE_SECRET}
                """ + MINIMAL_FIELDS)).toString();
        String bearer = load(webhook("    auth:\n      bearer: ${env:REVIEW_SITE_TOKEN}\n" + MINIMAL_FIELDS))
                .toString();

        assertThat(hmac).doesNotContain("fake-review-secret").contains("****(${env:REVIEW_SITE_SECRET})");
        assertThat(bearer).doesNotContain("fake-review-token").contains("****(${env:REVIEW_SITE_TOKEN})");
    }

    private static String webhook(String more) {
        return """
                channels:
                  - id: review-site
                    type: webhook
                """ + more;
    }

    private static WebhookChannelConfig onlyChannel(GatewayConfig config) {
        assertThat(config.channels()).hasSize(1);
        return (WebhookChannelConfig) config.channels().get(0);
    }

    private GatewayConfig load(String yaml) throws IOException, ConfigException {
        return new ConfigLoader(ENV::get).load(Files.writeString(dir.resolve("gateway.yaml"), yaml));
    }

    private List<String> errorsOf(String yaml) {
        return BrokenConfigs.errorsOfYaml(dir, yaml, ENV);
    }
}
