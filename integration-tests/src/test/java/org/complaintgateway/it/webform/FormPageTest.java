package org.complaintgateway.it.webform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML form speaks the customer's language: {@code ?lang=} first, then the browser's
 * {@code Accept-Language}, then the channel default (English); every visible input has a label; and
 * showing the form records nothing in the ledger.
 */
class FormPageTest {

    @AutoClose
    private static WebChannel channel;

    @BeforeAll
    static void start(@TempDir Path dir) {
        channel = WebChannel.start(dir);
    }

    @AfterEach
    void nothingRecorded() {
        assertThat(channel.ledger().total()).as("ledger rows after showing the form").isZero();
    }

    @Test
    void italianBrowserGetsTheItalianForm() {
        Document page = form(channel.client().get("/", "Accept-Language", "it-IT,it;q=0.9"));

        assertLanguage(page, "it");
        assertThat(page.selectFirst("label[for=name]").text()).isEqualTo("Nome e cognome");
    }

    @Test
    void englishBrowserGetsTheEnglishForm() {
        Document page = form(channel.client().get("/", "Accept-Language", "en"));

        assertLanguage(page, "en");
        assertThat(page.selectFirst("label[for=name]").text()).isEqualTo("Your name");
    }

    @Test
    void langParameterOverridesTheBrowserLanguage() {
        Document page = form(channel.client().get("/?lang=it", "Accept-Language", "en"));

        assertLanguage(page, "it");
    }

    @Test
    void browserLanguageTheChannelDoesNotOfferFallsBackToEnglish() {
        Document page = form(channel.client().get("/", "Accept-Language", "de-DE,de;q=0.9"));

        assertLanguage(page, "en");
    }

    @Test
    void languageSwitchLinksToTheOtherLanguage() {
        Document page = form(channel.client().get("/", "Accept-Language", "en"));

        Element switchLink = page.selectFirst("nav a[hreflang=it]");
        assertThat(switchLink).isNotNull();
        assertThat(switchLink.attr("href")).isEqualTo("/?lang=it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void everyVisibleInputHasALabel(String language) {
        Document page = form(channel.client().get("/?lang=" + language));

        var inputs = page.select("form input:not([type=hidden]), form textarea, form select");
        assertThat(inputs).extracting(Element::id).contains("name", "email", "phone", "subject", "message", "attachment");
        for (Element input : inputs) {
            assertThat(input.id()).as("id of input %s", input.attr("name")).isNotBlank();
            Element label = page.selectFirst("label[for=" + input.id() + "]");
            assertThat(label).as("label for #%s", input.id()).isNotNull();
            assertThat(label.text()).as("text of the label for #%s", input.id()).isNotBlank();
        }
    }

    private static Document form(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = FormPages.parse(response);
        assertThat(page.select("form[method=post]")).hasSize(1);
        return page;
    }

    /** The page's language and the language its form will submit. */
    private static void assertLanguage(Document page, String language) {
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
        assertThat(page.selectFirst("form input[type=hidden][name=language]").val()).isEqualTo(language);
    }
}
