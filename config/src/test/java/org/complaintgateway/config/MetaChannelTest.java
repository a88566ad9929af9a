package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule: a {@code whatsapp}, {@code messenger} or {@code instagram} channel needs its app secret and verify token, and
 * whatsapp also the access token its media are downloaded with; messenger and instagram may take an access token to
 * send replies with; each serves /{type}/{id} unless told otherwise, the keys only whatsapp uses (media, reply
 * template) are errors on the others, and no secret ever prints.
 */
class MetaChannelTest {
    private static final Map<String, String> ENV = Map.of("META_APP_SECRET", "fake-app-secret",
            "META_VERIFY_TOKEN", "fake-verify-token", "WHATSAPP_TOKEN", "fake-whatsapp-token",
            "PAGE_TOKEN", "fake-page-token");
    private static final Secret APP_SECRET = new Secret("${env:META_APP_SECRET}", "fake-app-secret");
    private static final Secret VERIFY_TOKEN = new Secret("${env:META_VERIFY_TOKEN}", "fake-verify-token");
    private static final Secret ACCESS_TOKEN = new Secret("${env:WHATSAPP_TOKEN}", "fake-whatsapp-token");
    private static final Secret PAGE_TOKEN = new Secret("${env:PAGE_TOKEN}", "fake-page-token");
    private static final URI GRAPH_API = URI.create("https://graph.facebook.com/v21.0");

    @TempDir
    Path dir;

    @Test
    void aWhatsappChannelTakesItsDefaults() throws Exception {
        MetaChannelConfig channel = onlyChannel(load(whatsapp("")));

        assertThat(channel).isEqualTo(new MetaChannelConfig("support-whatsapp", MetaPlatform.WHATSAPP,
                "/whatsapp/support-whatsapp", APP_SECRET, VERIFY_TOKEN, ACCESS_TOKEN, GRAPH_API, 1L << 20, 16L << 20,
                Duration.ofSeconds(10), 5, null, "en"));
        assertThat(channel.type()).isEqualTo("whatsapp");
    }

    @ParameterizedTest
    @EnumSource(value = MetaPlatform.class, names = {"MESSENGER", "INSTAGRAM"})
    void messengerAndInstagramWithoutAnAccessTokenOnlyReceive(MetaPlatform platform) throws Exception {
        MetaChannelConfig channel = onlyChannel(load(page(platform.yamlName(), "")));

        assertThat(channel).isEqualTo(new MetaChannelConfig("page", platform, "/" + platform.yamlName() + "/page",
                APP_SECRET, VERIFY_TOKEN, null, GRAPH_API, 1L << 20, 0, Duration.ofSeconds(10), 0, null, null));
        assertThat(channel.type()).isEqualTo(platform.yamlName());
    }

    @ParameterizedTest
    @EnumSource(value = MetaPlatform.class, names = {"MESSENGER", "INSTAGRAM"})
    void messengerAndInstagramTakeThePageAccessTokenRepliesAreSentWith(MetaPlatform platform) throws Exception {
        MetaChannelConfig channel = onlyChannel(load(page(platform.yamlName(), """
                    accessToken: ${env:PAGE_TOKEN}
                    apiUrl: http://127.0.0.1:8089/v21.0
                    timeout: 4s
                """)));

        assertThat(channel).isEqualTo(new MetaChannelConfig("page", platform, "/" + platform.yamlName() + "/page",
                APP_SECRET, VERIFY_TOKEN, PAGE_TOKEN, URI.create("http://127.0.0.1:8089/v21.0"), 1L << 20, 0,
                Duration.ofSeconds(4), 0, null, null));
    }

    @Test
    void everyWrittenKeyBindsToTheRecord() throws Exception {
        MetaChannelConfig channel = onlyChannel(load(whatsapp("""
                    path: /hooks/meta
                    apiUrl: http://127.0.0.1:8089/v21.0
                    maxBodySize: 2MB
                    maxMediaSize: 100MB
                    timeout: 3s
                    maxAttempts: 9
                    replyTemplate: complaint_update
                    replyTemplateLanguage: en_US
                """)));

        assertThat(channel).isEqualTo(new MetaChannelConfig("support-whatsapp", MetaPlatform.WHATSAPP, "/hooks/meta",
                APP_SECRET, VERIFY_TOKEN, ACCESS_TOKEN, URI.create("http://127.0.0.1:8089/v21.0"), 2L << 20,
                100L << 20, Duration.ofSeconds(3), 9, "complaint_update", "en_US"));
    }

    @Test
    void secretsPrintMasked() throws Exception {
        String printed = load(whatsapp("") + page("messenger", "    accessToken: ${env:PAGE_TOKEN}\n")
                .replace("channels:\n", "")).toString();

        assertThat(printed).doesNotContain(ENV.values()).contains("****(${env:META_APP_SECRET})")
                .contains("****(${env:META_VERIFY_TOKEN})").contains("****(${env:WHATSAPP_TOKEN})")
                .contains("****(${env:PAGE_TOKEN})");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("body limit over 10MB", "maxBodySize: 20MB",
                        "7:18: channel 'support-whatsapp', field 'maxBodySize': must be at most 10MB: events carry "
                                + "files as ids or URLs, not their content, and each body is held in memory until "
                                + "its signature is checked"),
                mistake("media limit over the Cloud API's", "maxMediaSize: 200MB",
                        "7:19: channel 'support-whatsapp', field 'maxMediaSize': must be at most 100MB: the WhatsApp "
                                + "Cloud API accepts no larger media (100MB is its limit for documents)"),
                mistake("no attempt at all", "maxAttempts: 0",
                        "7:18: channel 'support-whatsapp', field 'maxAttempts': expected a whole number from 1 to 100, "
                                + "got \"0\""),
                mistake("misspelt key", "verifyTokn: ${env:META_VERIFY_TOKEN}",
                        "7:5: channel 'support-whatsapp': unknown key 'verifyTokn' (did you mean 'verifyToken'?)"),
                mistake("api url without a scheme", "apiUrl: graph.facebook.com/v21.0",
                        "7:13: channel 'support-whatsapp', field 'apiUrl': expected an absolute http or https URL "
                                + "with a host, got \"graph.facebook.com/v21.0\""),
                mistake("template named as it is displayed", "replyTemplate: Complaint Update",
                        "7:20: channel 'support-whatsapp', field 'replyTemplate': expected a message template's name "
                                + "such as complaint_update (lower-case letters, digits and _, as WhatsApp Manager "
                                + "names it), got \"Complaint Update\""),
                mistake("template language with a hyphen", "replyTemplateLanguage: en-US",
                        "7:28: channel 'support-whatsapp', field 'replyTemplateLanguage': expected a template "
                                + "language code such as en, en_US or it (a region follows an underscore, not a "
                                + "hyphen), got \"en-US\""),
                mistake("template language without a template", "replyTemplateLanguage: it",
                        "7:28: channel 'support-whatsapp', field 'replyTemplateLanguage': only used with "
                                + "replyTemplate, the template it is the language of; name the template or remove "
                                + "replyTemplateLanguage"));
    }

    private static Arguments mistake(String name, String line, String error) {
        return Arguments.of(name, line, error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsTheMistakeWhereItIsAndWhy(String name, String line, String error) {
        assertThat(errorsOf(whatsapp("    " + line + "\n"))).containsExactly("gateway.yaml:" + error);
    }

    @Test
    void aMisspeltTypeIsNamedWithTheNearestOne() {
        assertThat(errorsOf(whatsapp("").replace("type: whatsapp", "type: whatsap"))).containsExactly(
                "gateway.yaml:3:11: channel 'support-whatsapp', field 'type': unknown channel type 'whatsap' (did you "
                        + "mean 'whatsapp'?); known types: email, telegram, whatsapp, messenger, instagram, slack, "
                        + "webform, webhook");
    }

    @Test
    void aWhatsappChannelNeedsTheAccessTokenItDownloadsMediaWith() {
        String yaml = whatsapp("").replace("    accessToken: ${env:WHATSAPP_TOKEN}\n", "");

        assertThat(errorsOf(yaml)).containsExactly(
                "gateway.yaml:2:5: channel 'support-whatsapp', field 'accessToken': required key is missing");
    }

    @Test
    void appSecretAndVerifyTokenAreRequiredAndOnlyByReference() {
        String yaml = page("messenger", "").replace("${env:META_APP_SECRET}", "fake-literal-secret")
                .replace("    verifyToken: ${env:META_VERIFY_TOKEN}\n", "");

        assertThat(errorsOf(yaml)).containsExactly(
                "gateway.yaml:2:5: channel 'page', field 'verifyToken': required key is missing",
                "gateway.yaml:4:16: channel 'page', field 'appSecret': secrets must be a reference: ${env:NAME} or "
                        + "${file:PATH}");
    }

    @ParameterizedTest
    @EnumSource(value = MetaPlatform.class, names = {"MESSENGER", "INSTAGRAM"})
    void whatsappOnlyKeysAreErrorsOnMessengerAndInstagram(MetaPlatform platform) {
        String yaml = page(platform.yamlName(), """
                    maxMediaSize: 16MB
                    maxAttempts: 5
                    replyTemplate: complaint_update
                    replyTemplateLanguage: en
                """);
        String product = platform == MetaPlatform.INSTAGRAM ? "Instagram" : "Messenger";
        String media = "only used by whatsapp channels, which download media from the Graph API; " + product
                + " attachments arrive as URLs, so this channel downloads none: remove ";
        String template = "only used by whatsapp channels, where a reply outside the 24-hour customer service window "
                + "must be an approved message template; remove ";

        assertThat(errorsOf(yaml)).containsExactly(
                "gateway.yaml:6:19: channel 'page', field 'maxMediaSize': " + media + "maxMediaSize",
                "gateway.yaml:7:18: channel 'page', field 'maxAttempts': " + media + "maxAttempts",
                "gateway.yaml:8:20: channel 'page', field 'replyTemplate': " + template + "replyTemplate",
                "gateway.yaml:9:28: channel 'page', field 'replyTemplateLanguage': " + template
                        + "replyTemplateLanguage");
    }

    @Test
    void aWrittenPathCannotTakeAnotherChannelsDefaultPath() {
        String yaml = whatsapp("    path: /messenger/page\n") + page("messenger", "").replace("channels:\n", "");

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:8:5: channel 'page', field 'path': path "
                + "'/messenger/page' is already served by channel 'support-whatsapp' (field 'path', line 7)");
    }

    @Test
    void aDefaultPathCannotBeWrittenAgainByAnotherChannel() {
        String yaml = page("instagram", "") + """
                  - id: support-whatsapp
                    type: whatsapp
                    path: /instagram/page
                    appSecret: ${env:META_APP_SECRET}
                    verifyToken: ${env:META_VERIFY_TOKEN}
                    accessToken: ${env:WHATSAPP_TOKEN}
                """;

        assertThat(errorsOf(yaml)).containsExactly("gateway.yaml:8:11: channel 'support-whatsapp', field 'path': path "
                + "'/instagram/page' is already served by channel 'page' (field 'path', line 2)");
    }

    @Test
    void eachChannelServesADefaultPathUnderItsOwnType() throws Exception {
        String yaml = page("messenger", "") + page("instagram", "").replace("channels:\n", "")
                .replace("id: page", "id: page-ig");

        assertThat(load(yaml).channels()).extracting(channel -> ((MetaChannelConfig) channel).path())
                .containsExactly("/messenger/page", "/instagram/page-ig");
    }

    private static String whatsapp(String more) {
        return """
                channels:
                  - id: support-whatsapp
                    type: whatsapp
                    appSecret: ${env:META_APP_SECRET}
                    verifyToken: ${env:META_VERIFY_TOKEN}
                    accessToken: ${env:WHATSAPP_TOKEN}
                """ + more;
    }

    private static String page(String type, String more) {
        return """
                channels:
                  - id: page
                    type: %s
                    appSecret: ${env:META_APP_SECRET}
                    verifyToken: ${env:META_VERIFY_TOKEN}
                """.formatted(type) + more;
    }

    private static MetaChannelConfig onlyChannel(GatewayConfig config) {
        assertThat(config.channels()).hasSize(1);
        return (MetaChannelConfig) config.channels().get(0);
    }

    private GatewayConfig load(String yaml) throws IOException, ConfigException {
        return new ConfigLoader(ENV::get).load(Files.writeString(dir.resolve("gateway.yaml"), yaml));
    }

    private List<String> errorsOf(String yaml) {
        return BrokenConfigs.errorsOfYaml(dir, yaml, ENV);
    }
}
