package org.complaintgateway.it.webform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.complaintgateway.routes.store.LedgerState;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML form as a browser submits it: a complete form, multipart with a file or url-encoded without,
 * is confirmed with a 200 page showing the protocol number and delivered with the file intact and the
 * form's language; an incomplete one comes back as 400 with the form, the errors in an alert and what
 * the customer typed kept, and records nothing.
 */
class FormSubmissionTest {

    /** A person takes longer than minFillTime to fill in a form; the honeypot test covers bots. */
    private static final Duration TIME_TO_FILL_IN = Duration.ofMinutes(1);

    @AutoClose
    private static WebChannel channel;

    @BeforeAll
    static void start(@TempDir Path dir) {
        channel = WebChannel.start(dir, WebChannel.GENEROUS_RATE_LIMITS);
    }

    @Test
    void multipartFormWithAnAttachmentIsConfirmedAndDeliveredWithTheFileIntact() {
        byte[] file = new byte[1024];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) i; // every byte value, CR and LF included: the file must survive multipart parsing
        }
        MultipartForm form = filledIn(renderedForm("en"))
                .file("attachment", "receipt.pdf", "application/pdf", file);

        HttpResponse<String> response = channel.client().postMultipart(form, "Accept-Language", "en");

        JsonNode complaint = confirmedAndForwarded(response);
        assertThat(complaint.get("attachments")).hasSize(1);
        JsonNode attachment = complaint.get("attachments").get(0);
        assertThat(attachment.get("name").asText()).isEqualTo("receipt.pdf");
        assertThat(attachment.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(attachment.get("size").asLong()).isEqualTo(file.length);
        assertThat(attachment.get("sha256").asText()).isEqualTo(sha256(file));
        assertThat(Base64.getDecoder().decode(attachment.get("content").asText())).isEqualTo(file);
    }

    @Test
    void urlEncodedFormWithoutAttachmentIsConfirmedAndDelivered() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("language", "en");
        fields.put("renderedAt", Long.toString(System.currentTimeMillis() - TIME_TO_FILL_IN.toMillis()));
        fields.put("name", "Ada Lovelace");
        fields.put("email", "ada@example.org");
        fields.put("phone", "+39 02 1234 5678");
        fields.put("subject", "Late delivery");
        fields.put("message", "My order 4711 is two weeks late.");

        HttpResponse<String> response = channel.client().postUrlEncoded(fields);

        JsonNode complaint = confirmedAndForwarded(response);
        assertThat(complaint.get("attachments")).isEmpty();
        assertThat(complaint.at("/customer/phone").asText()).isEqualTo("+39 02 1234 5678");
        assertThat(complaint.get("text").asText()).isEqualTo("My order 4711 is two weeks late.");
    }

    @Test
    void formWithAMissingFieldComesBackWithTheErrorAndTheEnteredValues() {
        long before = channel.ledger().total();
        MultipartForm form = new MultipartForm()
                .field("language", "en")
                .field("renderedAt", Long.toString(System.currentTimeMillis() - TIME_TO_FILL_IN.toMillis()))
                .field("name", "Ada Lovelace")
                .field("email", "ada@example.org")
                .field("subject", "")
                .field("message", "My order <4711> is \"two\" weeks late.");

        HttpResponse<String> response = channel.client().postMultipart(form);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = FormPages.parse(response);
        assertThat(page.select("form[method=post]")).hasSize(1);
        Element alert = page.selectFirst("[role=alert]");
        assertThat(alert).isNotNull();
        assertThat(alert.select("li")).hasSize(1);
        assertThat(alert.selectFirst("li a").attr("href")).isEqualTo("#subject");
        assertThat(page.getElementById("subject").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("name").val()).isEqualTo("Ada Lovelace");
        assertThat(page.getElementById("email").val()).isEqualTo("ada@example.org");
        assertThat(page.getElementById("message").text()).isEqualTo("My order <4711> is \"two\" weeks late.");
        assertThat(channel.ledger().total()).isEqualTo(before);
    }

    @Test
    void formPostedInItalianIsDeliveredInItalian() {
        MultipartForm form = filledIn(renderedForm("it"));

        HttpResponse<String> response = channel.client().postMultipart(form, "Accept-Language", "it-IT,it;q=0.9");

        JsonNode complaint = confirmedAndForwarded(response);
        assertThat(complaint.get("language").asText()).isEqualTo("it");
        assertThat(complaint.at("/customer/locale").asText()).isEqualTo("it");
    }

    @Test
    void formSwitchedToItalianIsConfirmedInItalianWhateverTheBrowserLanguage() {
        MultipartForm form = filledIn(renderedForm("it"));

        HttpResponse<String> response = channel.client().postMultipart(form, "Accept-Language", "en");

        JsonNode complaint = confirmedAndForwarded(response);
        assertThat(complaint.get("language").asText()).isEqualTo("it");
        assertThat(FormPages.parse(response).selectFirst("html").attr("lang")).isEqualTo("it");
    }

    @Test
    void italianFormWithAMissingFieldComesBackInItalianWhateverTheBrowserLanguage() {
        long before = channel.ledger().total();
        MultipartForm form = filledIn(renderedForm("it"), "");

        HttpResponse<String> response = channel.client().postMultipart(form, "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = FormPages.parse(response);
        assertThat(page.selectFirst("[role=alert] li a").attr("href")).isEqualTo("#email");
        assertThat(page.selectFirst("[role=alert] li").text()).contains("obbligatorio");
        // the hidden field decides the language of the complaint once the customer corrects the form
        assertThat(page.selectFirst("form input[type=hidden][name=language]").val()).isEqualTo("it");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("it");
        assertThat(channel.ledger().total()).isEqualTo(before);
    }

    /** The form page as a browser showing {@code ?lang=language} gets it. */
    private static Document renderedForm(String language) {
        HttpResponse<String> page = channel.client().get("/?lang=" + language, "Accept-Language", "en");
        assertThat(page.statusCode()).isEqualTo(200);
        return FormPages.parse(page);
    }

    /** The rendered form's hidden fields, as if filled in over a minute, with the visible fields typed in. */
    private static MultipartForm filledIn(Document page) {
        return filledIn(page, "ada@example.org");
    }

    private static MultipartForm filledIn(Document page, String email) {
        MultipartForm form = new MultipartForm();
        for (Element hidden : page.select("form input[type=hidden]")) {
            String value = hidden.attr("name").equals("renderedAt")
                    ? Long.toString(Long.parseLong(hidden.val()) - TIME_TO_FILL_IN.toMillis())
                    : hidden.val();
            form.field(hidden.attr("name"), value);
        }
        return form.field("name", "Ada Lovelace")
                .field("email", email)
                .field("phone", "")
                .field("subject", "Late delivery")
                .field("message", "My order 4711 is two weeks late.")
                .field("website", "");
    }

    /** A 200 confirmation with a protocol number, FORWARDED in the ledger, and the complaint the sink wrote. */
    private static JsonNode confirmedAndForwarded(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String protocolNumber = FormPages.protocolNumber(response);
        String id = channel.ledger().idOf(protocolNumber);
        assertThat(channel.ledger().awaitTerminal(id).state()).isEqualTo(LedgerState.FORWARDED);
        JsonNode complaint = channel.delivered().awaitComplaint(protocolNumber);
        assertThat(complaint.get("id").asText()).isEqualTo(id);
        assertThat(complaint.at("/channel/type").asText()).isEqualTo("webform");
        return complaint;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
