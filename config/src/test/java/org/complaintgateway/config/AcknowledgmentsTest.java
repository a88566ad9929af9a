package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule: the {@code acknowledgments} section is optional, and left out nothing is acknowledged; written, it names
 * configured channels that can send, each once, promises a response time on one short line, and always holds the
 * built-in English and Italian templates, over which written ones are merged. A template carries the protocol number,
 * uses no placeholder but name, protocolNumber and responseTime, and the default language has a template.
 */
class AcknowledgmentsTest {
    private static final Map<String, String> ENV = Map.of("MAIL_PASSWORD", "fake-mail-password",
            "TELEGRAM_TOKEN", "1234567:fake-bot-token", "META_APP_SECRET", "fake-app-secret",
            "META_VERIFY_TOKEN", "fake-verify-token", "META_ACCESS_TOKEN", "fake-access-token",
            "SLACK_SIGNING_SECRET", "fake-slack-signing-secret", "SLACK_BOT_TOKEN", "xoxb-fake_bot_token",
            "REVIEW_SITE_TOKEN", "fake-review-token");
    // one channel of every kind, each able to send or not; written after acknowledgments, so error lines stay put
    private static final String CHANNELS = """
            channels:
              - {id: mail-out, type: email, protocol: imaps, host: imap.example.com, user: support@example.com,
                 password: "${env:MAIL_PASSWORD}", smtp: {host: smtp.example.com}}
              - {id: mail-in, type: email, protocol: imaps, host: imap.example.com, user: help@example.com,
                 password: "${env:MAIL_PASSWORD}"}
              - {id: bot, type: telegram, token: "${env:TELEGRAM_TOKEN}"}
              - {id: wa, type: whatsapp, appSecret: "${env:META_APP_SECRET}", verifyToken: "${env:META_VERIFY_TOKEN}",
                 accessToken: "${env:META_ACCESS_TOKEN}"}
              - {id: fb-out, type: messenger, appSecret: "${env:META_APP_SECRET}",
                 verifyToken: "${env:META_VERIFY_TOKEN}", accessToken: "${env:META_ACCESS_TOKEN}"}
              - {id: fb-in, type: messenger, appSecret: "${env:META_APP_SECRET}", verifyToken: "${env:META_VERIFY_TOKEN}"}
              - {id: ig-in, type: instagram, appSecret: "${env:META_APP_SECRET}", verifyToken: "${env:META_VERIFY_TOKEN}"}
              - {id: slack-out, type: slack, signingSecret: "${env:SLACK_SIGNING_SECRET}", botToken: "${env:SLACK_BOT_TOKEN}"}
              - {id: slack-in, type: slack, signingSecret: "${env:SLACK_SIGNING_SECRET}"}
              - {id: form, type: webform}
              - {id: hook, type: webhook, auth: {bearer: "${env:REVIEW_SITE_TOKEN}"},
                 fields: {externalId: /review/id, text: /review/body}}
            """;

    @TempDir
    Path dir;

    @Test
    void noSectionMeansNothingIsAcknowledged() throws Exception {
        assertThat(load(CHANNELS).acknowledgments()).isNull();
    }

    @Test
    void channelsAndAResponseTimeAloneTakeTheDefaults() throws Exception {
        assertThat(load(acknowledgments("[bot]", "")).acknowledgments()).isEqualTo(new AcknowledgmentSettings(
                List.of("bot"), "2 business days", "en", 5, AcknowledgmentTemplates.BUILT_IN, null));
    }

    @Test
    void theBuiltInTemplatesAreEnglishAndItalianAndEachCarriesEveryPlaceholder() {
        assertThat(AcknowledgmentTemplates.BUILT_IN).containsOnlyKeys("en", "it");
        assertThat(AcknowledgmentTemplates.BUILT_IN.values()).allSatisfy(template -> assertThat(template)
                .contains(AcknowledgmentTemplates.NAME, AcknowledgmentTemplates.PROTOCOL_NUMBER,
                        AcknowledgmentTemplates.RESPONSE_TIME));
        assertThat(AcknowledgmentTemplates.ENGLISH).startsWith("Dear {name}, thank you for your message.");
        assertThat(AcknowledgmentTemplates.ITALIAN).startsWith("Gentile {name}, grazie per il suo messaggio.");
    }

    @Test
    void everyKeyBindsAndWrittenTemplatesAreMergedOverTheBuiltInOnes() throws Exception {
        AcknowledgmentSettings acknowledgments = load(acknowledgments("[mail-out, bot]", """
                  defaultLanguage: pt-BR
                  maxPerRecipientPerHour: 1000
                  templates:
                    en: "Hello {name}, your complaint is {protocolNumber}."
                    pt-BR: |
                      Olá {name},
                      sua reclamação é {protocolNumber}; responderemos em {responseTime}.
                """)).acknowledgments();

        assertThat(acknowledgments).isEqualTo(new AcknowledgmentSettings(List.of("mail-out", "bot"),
                "2 business days", "pt-BR", 1000, Map.of("en", "Hello {name}, your complaint is {protocolNumber}.",
                "it", AcknowledgmentTemplates.ITALIAN,
                "pt-BR", "Olá {name},\nsua reclamação é {protocolNumber}; responderemos em {responseTime}.\n"), null));
    }

    @Test
    void aTemplateWrittenWithoutTextIsTheBuiltInOne() throws Exception {
        assertThat(load(acknowledgments("[bot]", "  templates:\n    it:\n")).acknowledgments().templates())
                .isEqualTo(AcknowledgmentTemplates.BUILT_IN);
    }

    @Test
    void everyChannelThatCanSendMayAcknowledge() throws Exception {
        assertThat(load(acknowledgments("[mail-out, bot, wa, fb-out, slack-out]", "")).acknowledgments().channels())
                .containsExactly("mail-out", "bot", "wa", "fb-out", "slack-out");
    }

    @Test
    void theDefaultLanguageMayHaveAWrittenTemplateOnly() throws Exception {
        String more = "  defaultLanguage: fr\n  templates:\n    fr: \"Votre réclamation : {protocolNumber}.\"\n";

        assertThat(load(acknowledgments("[bot]", more)).acknowledgments().defaultLanguage()).isEqualTo("fr");
    }

    @Test
    void anUnknownChannelIsNamedWithTheNearestOne() {
        assertThat(errorsOf(acknowledgments("[bto]", ""))).containsExactly(
                "gateway.yaml:2:14: field 'acknowledgments.channels[0]': no channel 'bto' is configured "
                        + "(did you mean 'bot'?)");
    }

    @Test
    void anUnknownChannelFarFromAnyIsShownTheConfiguredOnes() {
        assertThat(errorsOf(acknowledgments("[bot, customer-care]", ""))).containsExactly(
                "gateway.yaml:2:19: field 'acknowledgments.channels[1]': no channel 'customer-care' is configured; "
                        + "configured channels: bot, fb-in, fb-out, form, hook, ig-in, mail-in, mail-out, slack-in, "
                        + "slack-out, wa");
    }

    @Test
    void withoutChannelsNoneCanAcknowledge() {
        assertThat(errorsOf("acknowledgments:\n  channels: [bot]\n  responseTime: 2 business days\n"))
                .containsExactly("gateway.yaml:2:14: field 'acknowledgments.channels[0]': no channel 'bot' is "
                        + "configured: there are no channels");
    }

    @Test
    void aChannelListedTwiceIsNamed() {
        assertThat(errorsOf(acknowledgments("[bot, wa, bot]", ""))).containsExactly(
                "gateway.yaml:2:23: field 'acknowledgments.channels[2]': channel 'bot' is listed twice; first at line 2");
    }

    @Test
    void theWebFormNeedsNoAcknowledgment() {
        assertThat(errorsOf(acknowledgments("[form]", ""))).containsExactly(
                "gateway.yaml:2:14: field 'acknowledgments.channels[0]': channel 'form' (webform) shows the protocol "
                        + "number on its confirmation page; to also mail it to the address the customer gave, set "
                        + "webformMailVia to an e-mail channel with smtp, or remove the channel from this list");
    }

    @Test
    void theWebFormMailsItsAcknowledgmentThroughAnEmailChannelThatCanSend() throws Exception {
        assertThat(load(acknowledgments("[form]", "  webformMailVia: mail-out\n")).acknowledgments().webformMailVia())
                .isEqualTo("mail-out");
        assertThat(errorsOf(acknowledgments("[form]", "  webformMailVia: mail-in\n"))).containsExactly(
                "gateway.yaml:4:19: field 'acknowledgments.webformMailVia': e-mail channel 'mail-in' has no smtp "
                        + "section to send mail through; add one");
        assertThat(errorsOf(acknowledgments("[form]", "  webformMailVia: bot\n"))).containsExactly(
                "gateway.yaml:4:19: field 'acknowledgments.webformMailVia': channel 'bot' is a telegram channel; "
                        + "expected an e-mail channel with smtp");
        assertThat(errorsOf(acknowledgments("[form]", "  webformMailVia: nowhere\n"))).containsExactly(
                "gateway.yaml:4:19: field 'acknowledgments.webformMailVia': no e-mail channel 'nowhere' is configured");
    }

    @Test
    void aGenericWebhookHasNoWayBack() {
        assertThat(errorsOf(acknowledgments("[hook]", ""))).containsExactly(
                "gateway.yaml:2:14: field 'acknowledgments.channels[0]': channel 'hook' (webhook) cannot send "
                        + "acknowledgments: a generic webhook has no way back to the customer; remove the channel "
                        + "from this list");
    }

    @Test
    void anEmailChannelNeedsItsSmtpSection() {
        assertThat(errorsOf(acknowledgments("[mail-in]", ""))).containsExactly(
                "gateway.yaml:2:14: field 'acknowledgments.channels[0]': channel 'mail-in' (email) cannot send "
                        + "acknowledgments: it has no smtp section to send mail through; add one, or remove the "
                        + "channel from this list");
    }

    @Test
    void aSlackChannelNeedsItsBotToken() {
        assertThat(errorsOf(acknowledgments("[slack-in]", ""))).containsExactly(
                "gateway.yaml:2:14: field 'acknowledgments.channels[0]': channel 'slack-in' (slack) cannot send "
                        + "acknowledgments: it has no botToken to post with; add one, or remove the channel from "
                        + "this list");
    }

    @Test
    void messengerAndInstagramChannelsNeedTheirAccessToken() {
        assertThat(errorsOf(acknowledgments("[fb-in, ig-in]", ""))).containsExactly(
                "gateway.yaml:2:14: field 'acknowledgments.channels[0]': channel 'fb-in' (messenger) cannot send "
                        + "acknowledgments: it has no accessToken (a Page access token) to send with; add one, or "
                        + "remove the channel from this list",
                "gateway.yaml:2:21: field 'acknowledgments.channels[1]': channel 'ig-in' (instagram) cannot send "
                        + "acknowledgments: it has no accessToken (a Page access token) to send with; add one, or "
                        + "remove the channel from this list");
    }

    @Test
    void aChannelWithErrorsOfItsOwnIsNotAlsoCalledUnknown() {
        String yaml = acknowledgments("[bot]", "").replace("token: \"${env:TELEGRAM_TOKEN}\"",
                "token: \"${env:MISSING_TOKEN}\"");

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:9:38: channel 'bot', field 'token': environment "
                + "variable 'MISSING_TOKEN' is not set");
    }

    @Test
    void channelsAndResponseTimeAreRequired() {
        assertThat(errorsOf("acknowledgments:\n  maxPerRecipientPerHour: 5\n" + CHANNELS)).containsExactly(
                "gateway.yaml:2:3: field 'acknowledgments.channels': required key is missing",
                "gateway.yaml:2:3: field 'acknowledgments.responseTime': required key is missing");
    }

    @Test
    void anEmptyChannelListAcknowledgesNothingAndIsAnError() {
        assertThat(errorsOf(acknowledgments("[]", ""))).containsExactly("gateway.yaml:2:13: field "
                + "'acknowledgments.channels': expected a list of channel ids such as [support-mail], got an empty list");
    }

    @Test
    void theResponseTimeIsOneLine() {
        String yaml = acknowledgments("[bot]", "").replace("responseTime: 2 business days",
                "responseTime: \"2 business days\\nBcc: someone@example.com\"");

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:3:17: field 'acknowledgments.responseTime': expected "
                + "what the customer is promised, on one line of at most 100 characters, such as \"2 business days\", "
                + "got text with a line break or another control character");
    }

    @Test
    void theResponseTimeIsAtMostAHundredCharacters() {
        String yaml = acknowledgments("[bot]", "").replace("2 business days", "x".repeat(101));

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:3:17: field 'acknowledgments.responseTime': expected "
                + "what the customer is promised, on one line of at most 100 characters, such as \"2 business days\", "
                + "got 101 characters");
    }

    @Test
    void theRateIsFromOneToAThousandAnHour() {
        assertThat(errorsOf(acknowledgments("[bot]", "  maxPerRecipientPerHour: 0\n"))).containsExactly(
                "gateway.yaml:4:27: field 'acknowledgments.maxPerRecipientPerHour': expected a whole number from 1 "
                        + "to 1000, got \"0\"");
        assertThat(errorsOf(acknowledgments("[bot]", "  maxPerRecipientPerHour: 1001\n"))).containsExactly(
                "gateway.yaml:4:27: field 'acknowledgments.maxPerRecipientPerHour': expected a whole number from 1 "
                        + "to 1000, got \"1001\"");
    }

    @Test
    void aTemplateWithoutTheProtocolNumberIsNoAcknowledgment() {
        String more = "  templates:\n    en: \"Dear {name}, we will answer within {responseTime}.\"\n";

        assertThat(errorsOf(acknowledgments("[bot]", more))).containsExactly("gateway.yaml:5:9: field "
                + "'acknowledgments.templates.en': the template lacks {protocolNumber}: an acknowledgment without the "
                + "protocol number is no acknowledgment");
    }

    @Test
    void aMisspeltPlaceholderIsNamedWithTheNearestOne() {
        String more = "  templates:\n    it: \"Gentile {nome}, il suo reclamo è {protocolNumber}.\"\n";

        assertThat(errorsOf(acknowledgments("[bot]", more))).containsExactly("gateway.yaml:5:9: field "
                + "'acknowledgments.templates.it': unknown placeholder {nome} (did you mean {name}?); a template may "
                + "use only {name}, {protocolNumber}, {responseTime}");
    }

    @Test
    void anythingElseInBracesIsAnUnknownPlaceholder() {
        String more = "  templates:\n    en: \"Complaint {protocolNumber}, opened {receivedAt}, {}.\"\n";

        assertThat(errorsOf(acknowledgments("[bot]", more))).containsExactly(
                "gateway.yaml:5:9: field 'acknowledgments.templates.en': unknown placeholder {receivedAt}; a template "
                        + "may use only {name}, {protocolNumber}, {responseTime}",
                "gateway.yaml:5:9: field 'acknowledgments.templates.en': unknown placeholder {}; a template may use "
                        + "only {name}, {protocolNumber}, {responseTime}");
    }

    @Test
    void aTemplateKeyIsALanguageCode() {
        String more = "  templates:\n    English: \"Complaint {protocolNumber}.\"\n";

        assertThat(errorsOf(acknowledgments("[bot]", more))).containsExactly("gateway.yaml:5:5: field "
                + "'acknowledgments.templates': expected a language code such as en or pt-BR as the key, got "
                + "\"English\"");
    }

    @Test
    void aLanguageWrittenTwiceIsNamed() {
        String more = "  templates:\n    en: \"One {protocolNumber}.\"\n    en: \"Two {protocolNumber}.\"\n";

        assertThat(errorsOf(acknowledgments("[bot]", more))).containsExactly("gateway.yaml:6:5: field "
                + "'acknowledgments.templates': duplicate key 'en'; first written at line 5");
    }

    @Test
    void theDefaultLanguageNeedsATemplate() {
        assertThat(errorsOf(acknowledgments("[bot]", "  defaultLanguage: fr\n"))).containsExactly(
                "gateway.yaml:4:20: field 'acknowledgments.defaultLanguage': has no template: write one under "
                        + "templates.fr, or choose one of en, it");
    }

    @Test
    void aDefaultLanguageWhoseTemplateIsWrongIsReportedOnceWhereTheTemplateIs() {
        String more = "  defaultLanguage: fr\n  templates:\n    fr: \"Merci.\"\n";

        assertThat(errorsOf(acknowledgments("[bot]", more))).containsExactly("gateway.yaml:6:9: field "
                + "'acknowledgments.templates.fr': the template lacks {protocolNumber}: an acknowledgment without the "
                + "protocol number is no acknowledgment");
    }

    @Test
    void aMisspeltKeyIsNamedWithTheNearestOne() {
        assertThat(errorsOf(acknowledgments("[bot]", "  template:\n    en: \"{protocolNumber}\"\n"))).containsExactly(
                "gateway.yaml:4:3: field 'acknowledgments': unknown key 'template' (did you mean 'templates'?)");
    }

    @Test
    void everyProblemShowsInOneRun() {
        String more = "  maxPerRecipientPerHour: none\n  templates:\n    en: \"Thanks.\"\n";

        assertThat(errorsOf(acknowledgments("[form, bto]", more))).containsExactly(
                "gateway.yaml:2:14: field 'acknowledgments.channels[0]': channel 'form' (webform) shows the protocol "
                        + "number on its confirmation page; to also mail it to the address the customer gave, set "
                        + "webformMailVia to an e-mail channel with smtp, or remove the channel from this list",
                "gateway.yaml:2:20: field 'acknowledgments.channels[1]': no channel 'bto' is configured "
                        + "(did you mean 'bot'?)",
                "gateway.yaml:4:27: field 'acknowledgments.maxPerRecipientPerHour': expected a whole number from 1 "
                        + "to 1000, got \"none\"",
                "gateway.yaml:6:9: field 'acknowledgments.templates.en': the template lacks {protocolNumber}: an "
                        + "acknowledgment without the protocol number is no acknowledgment");
    }

    /** The section with {@code channels} (a flow list) and a response time, then {@code more} keys, then CHANNELS. */
    private static String acknowledgments(String channels, String more) {
        return "acknowledgments:\n  channels: " + channels + "\n  responseTime: 2 business days\n" + more + CHANNELS;
    }

    private GatewayConfig load(String yaml) throws IOException, ConfigException {
        return new ConfigLoader(ENV::get).load(Files.writeString(dir.resolve("gateway.yaml"), yaml));
    }

    private List<String> errorsOf(String yaml) {
        return BrokenConfigs.errorsOfYaml(dir, yaml, ENV);
    }
}
