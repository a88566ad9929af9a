package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.config.BrokenConfigs.errorsOf;

import org.junit.jupiter.api.Test;

/**
 * Rule: every mistake in a config file is reported, all of them in one run, each naming file, line, column,
 * channel and field and saying what was expected. One fixture per mistake, named after it.
 */
class BrokenConfigTest {

    @Test
    void rejectsUnknownKeyAndSuggestsNearest() {
        assertThat(errorsOf("unknown-key-with-suggestion.yaml")).containsExactly(
                "unknown-key-with-suggestion.yaml:2:3: field 'gateway': unknown key 'protocolPrefx' (did you mean 'protocolPrefix'?)");
    }

    @Test
    void rejectsUnknownKeyAndListsAllowedKeysWhenNoneIsNear() {
        assertThat(errorsOf("unknown-key-without-suggestion.yaml")).containsExactly(
                "unknown-key-without-suggestion.yaml:3:3: field 'store': unknown key 'colour'; allowed keys: url, user, password, poolSize, dedupeTtl");
    }

    @Test
    void rejectsSectionThatIsNotAMap() {
        assertThat(errorsOf("section-is-not-a-map.yaml")).containsExactly(
                "section-is-not-a-map.yaml:1:10: field 'gateway': expected a map with keys protocolPrefix, host, port, managementPort, dataDir, stuckAfter, publicUrl, got a single value");
    }

    @Test
    void rejectsChannelWithoutType() {
        assertThat(errorsOf("channel-without-type.yaml")).containsExactly(
                "channel-without-type.yaml:2:5: channel 'site-form', field 'type': required key is missing (one of email, telegram, whatsapp, messenger, instagram, slack, webform, webhook)");
    }

    @Test
    void rejectsSecondChannelWithTheSameIdNamingTheFirstsLine() {
        assertThat(errorsOf("duplicate-channel-id.yaml")).containsExactly(
                "duplicate-channel-id.yaml:5:9: channel 'site-form', field 'id': duplicate channel id 'site-form'; first defined at line 2");
    }

    @Test
    void rejectsInvalidChannelIdAndNamesTheChannelByPosition() {
        assertThat(errorsOf("invalid-channel-id.yaml")).containsExactly(
                "invalid-channel-id.yaml:2:9: field 'channels[0].id': expected 1 to 63 lower-case letters, digits or '-', not starting with '-', got \"Site_Form\"",
                "invalid-channel-id.yaml:4:5: field 'channels[0]': unknown key 'pth' (did you mean 'path'?)");
    }

    @Test
    void rejectsTwoWebformsServingTheSamePath() {
        assertThat(errorsOf("two-webforms-on-one-path.yaml")).containsExactly(
                "two-webforms-on-one-path.yaml:7:11: channel 'shop-form', field 'path': path '/' is already served by channel 'site-form' (field 'path', line 4)");
    }

    @Test
    void reportsWrongPathOnlyOnceNotAlsoAsAClashOfItsDefault() {
        assertThat(errorsOf("wrong-path-does-not-clash.yaml")).containsExactly(
                "wrong-path-does-not-clash.yaml:7:11: channel 'shop-form', field 'path': expected a URL path starting with '/', got \"shop\"");
    }

    @Test
    void rejectsDownstreamUrlWithoutScheme() {
        assertThat(errorsOf("downstream-url-without-scheme.yaml")).containsExactly(
                "downstream-url-without-scheme.yaml:3:8: field 'downstream.url': expected an absolute http or https URL with a host, got \"crm.example.com/api/complaints\"");
    }

    @Test
    void rejectsPublicUrlWithoutSchemeAndAnInlineLimitOfNothing() {
        assertThat(errorsOf("attachment-link-settings-wrong.yaml")).containsExactly(
                "attachment-link-settings-wrong.yaml:2:14: field 'gateway.publicUrl': expected an absolute http or https URL with a host, got \"complaints.example.com\"",
                "attachment-link-settings-wrong.yaml:4:26: field 'downstream.inlineAttachmentsUpTo': expected a positive size such as 512, 64KB, 10MB or 1GB, got \"0\"");
    }

    @Test
    void requiresUrlWhenDownstreamIsHttp() {
        assertThat(errorsOf("http-downstream-without-url.yaml")).containsExactly(
                "http-downstream-without-url.yaml:2:3: field 'downstream.url': required when type is http");
    }

    @Test
    void rejectsDurationWrittenInWordsAndNamesTheAcceptedForms() {
        assertThat(errorsOf("duration-in-words.yaml")).containsExactly(
                "duration-in-words.yaml:2:15: field 'gateway.stuckAfter': expected a positive duration such as 500ms, 10s, 5m, 2h, 30d or PT10S, got \"10 minutes\"");
    }

    @Test
    void rejectsSizeWithLowerCaseUnit() {
        assertThat(errorsOf("size-in-lower-case.yaml")).containsExactly(
                "size-in-lower-case.yaml:4:18: channel 'site-form', field 'maxBodySize': expected a positive size such as 512, 64KB, 10MB or 1GB, got \"10mb\"");
    }

    @Test
    void rejectsLiteralSecretWithoutQuotingIt() {
        assertThat(errorsOf("literal-secret.yaml")).containsExactly(
                "literal-secret.yaml:6:12: field 'downstream.auth.token': secrets must be a reference: ${env:NAME} or ${file:PATH}");
    }

    @Test
    void rejectsReferenceToUnsetEnvironmentVariable() {
        assertThat(errorsOf("unset-env-var.yaml")).containsExactly(
                "unset-env-var.yaml:4:13: field 'store.password': environment variable 'GATEWAY_DB_PASSWORD' is not set");
    }

    @Test
    void rejectsUnknownChannelTypeSuggestingTheNearestAndListingKnownTypes() {
        assertThat(errorsOf("unknown-channel-type.yaml")).containsExactly(
                "unknown-channel-type.yaml:3:11: channel 'support-mail', field 'type': unknown channel type 'emial' (did you mean 'email'?); known types: email, telegram, whatsapp, messenger, instagram, slack, webform, webhook");
    }

    @Test
    void rejectsMisspeltDownstreamType() {
        assertThat(errorsOf("downstream-type-misspelt.yaml")).containsExactly(
                "downstream-type-misspelt.yaml:2:9: field 'downstream.type': expected one of http, local, got \"htp\"");
    }

    @Test
    void rejectsPortOutOfRange() {
        assertThat(errorsOf("port-out-of-range.yaml")).containsExactly(
                "port-out-of-range.yaml:2:9: field 'gateway.port': expected a port from 1 to 65535, got \"70000\"");
    }

    @Test
    void rejectsManagementPortEqualToPort() {
        assertThat(errorsOf("management-port-equals-port.yaml")).containsExactly(
                "management-port-equals-port.yaml:3:19: field 'gateway.managementPort': must differ from port 9000");
    }

    @Test
    void rejectsRateLimitThatIsNotANumber() {
        assertThat(errorsOf("rate-limit-not-a-number.yaml")).containsExactly(
                "rate-limit-not-a-number.yaml:5:17: channel 'site-form', field 'perIp.requests': expected a whole number from 1 to 100000, got \"ten\"");
    }

    @Test
    void rejectsUnsupportedDatabase() {
        assertThat(errorsOf("unsupported-database.yaml")).containsExactly(
                "unsupported-database.yaml:2:8: field 'store.url': expected a JDBC URL starting with jdbc:h2: or jdbc:postgresql:, got \"jdbc:mysql://db.internal/gateway\"");
    }

    @Test
    void rejectsDefaultLanguageThatIsNotOffered() {
        assertThat(errorsOf("default-language-not-offered.yaml")).containsExactly(
                "default-language-not-offered.yaml:5:22: channel 'site-form', field 'defaultLanguage': 'de' is not one of languages [en, it]");
    }

    @Test
    void rejectsFormLanguageWithoutTranslation() {
        assertThat(errorsOf("language-without-translation.yaml")).containsExactly(
                "language-without-translation.yaml:4:16: channel 'site-form', field 'languages': the form is translated into en, it only, not fr");
    }

    @Test
    void rejectsKeyWrittenTwice() {
        assertThat(errorsOf("duplicate-key.yaml")).containsExactly(
                "duplicate-key.yaml:4:3: field 'gateway': duplicate key 'port'; first written at line 2");
    }

    @Test
    void reportsSeveralErrorsAtOnceInFileOrder() {
        assertThat(errorsOf("several-errors.yaml")).containsExactly(
                "several-errors.yaml:2:3: field 'gateway': unknown key 'protocolPrefx' (did you mean 'protocolPrefix'?)",
                "several-errors.yaml:3:9: field 'gateway.port': expected a port from 1 to 65535, got \"80800\"",
                "several-errors.yaml:5:8: field 'store.url': expected a JDBC URL starting with jdbc:h2: or jdbc:postgresql:, got \"jdbc:mysql://db/gateway\"",
                "several-errors.yaml:9:18: field 'downstream.signingSecret': secrets must be a reference: ${env:NAME} or ${file:PATH}",
                "several-errors.yaml:14:17: channel 'site-form', field 'perIp.requests': expected a whole number from 1 to 100000, got \"ten\"",
                "several-errors.yaml:16:9: field 'channels[1].id': expected 1 to 63 lower-case letters, digits or '-', not starting with '-', got \"Bad_Id\"");
    }

    @Test
    void reportsYamlSyntaxErrorAtSnakeYamlsMark() {
        assertThat(errorsOf("yaml-syntax-error.yaml")).containsExactly(
                "yaml-syntax-error.yaml:3:8: YAML syntax error: mapping values are not allowed here");
    }

    @Test
    void hintsAtQuotesWhenASecretReferenceBreaksAFlowMap() {
        assertThat(errorsOf("unquoted-secret-in-flow-map.yaml")).containsExactly(
                "unquoted-secret-in-flow-map.yaml:4:33: YAML syntax error: expected ',' or '}', but got { (inside { } put secret references in quotes: \"${env:NAME}\")");
    }

    @Test
    void rejectsEmptyFile() {
        assertThat(errorsOf("empty-file.yaml")).containsExactly(
                "empty-file.yaml:1:1: the file is empty; expected a map with gateway, store, downstream and channels");
    }

    @Test
    void rejectsTopLevelThatIsNotAMap() {
        assertThat(errorsOf("top-level-is-a-list.yaml")).containsExactly(
                "top-level-is-a-list.yaml:1:1: expected a map with keys gateway, store, downstream, replies, "
                        + "acknowledgments, channels, demoMailbox, got a list");
    }
}
