package org.complaintgateway.it.webform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a customer typed is accepted, but what reaches the downstream is safe: single-line fields
 * (name, subject) carry no CR, LF or other control character, so they can never split a mail header,
 * and an HTML message arrives as plain text without tags or script, flagged {@code htmlConverted}.
 */
class ApiSanitizingTest {

    private static final String CONTROL_CHARACTER = "\\p{Cc}";

    @AutoClose
    private static WebChannel channel;

    @BeforeAll
    static void start(@TempDir Path dir) {
        channel = WebChannel.start(dir, WebChannel.GENEROUS_RATE_LIMITS);
    }

    @Test
    void lineBreaksAndControlCharactersInNameAndSubjectNeverReachTheDownstream() {
        HttpResponse<String> response = channel.client().postApi(Fixture.bytes("control-characters-in-single-line-fields.json"));

        JsonNode complaint = forwarded(response);
        String name = complaint.at("/customer/name").asText();
        String subject = complaint.get("subject").asText();
        assertThat(name).doesNotContainPattern(CONTROL_CHARACTER).contains("Ada").contains("Bcc: victim@example.org");
        assertThat(subject).doesNotContainPattern(CONTROL_CHARACTER).contains("Refund X-Injected: 1");
    }

    @Test
    void lineBreaksInAFormPostedSubjectNeverReachTheDownstream() {
        HttpResponse<String> response = channel.client().postUrlEncoded(Map.of(
                "name", "Ada\r\nLovelace", "email", "ada@example.org", "subject", "Refund\r\nBcc: victim@example.org\u0007",
                "message", "My order 4711 is two weeks late.", "renderedAt", "0"));

        assertThat(response.statusCode()).isEqualTo(200);
        String protocolNumber = FormPages.protocolNumber(response);
        JournalEntry entry = channel.ledger().awaitTerminal(channel.ledger().idOf(protocolNumber));
        assertThat(entry.state()).isEqualTo(LedgerState.FORWARDED);
        JsonNode complaint = channel.delivered().awaitComplaint(protocolNumber);
        assertThat(complaint.at("/customer/name").asText()).isEqualTo("Ada Lovelace");
        assertThat(complaint.get("subject").asText()).doesNotContainPattern(CONTROL_CHARACTER)
                .contains("Refund Bcc: victim@example.org");
    }

    @Test
    void htmlMessageIsDeliveredAsPlainTextFlaggedHtmlConverted() {
        HttpResponse<String> response = channel.client().postApi(Fixture.bytes("html-message.json"));

        JsonNode complaint = forwarded(response);
        String text = complaint.get("text").asText();
        assertThat(text).isEqualTo("bold").doesNotContain("<", ">", "alert(1)");
        assertThat(complaint.get("flags")).extracting(JsonNode::asText).contains("htmlConverted");
    }

    /** Accepted with 202, FORWARDED in the ledger, and the complaint as the local sink wrote it. */
    private static JsonNode forwarded(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = WebChannelClient.json(response);
        JournalEntry entry = channel.ledger().awaitTerminal(answer.get("id").asText());
        assertThat(entry.state()).isEqualTo(LedgerState.FORWARDED);
        JsonNode complaint = channel.delivered().awaitComplaint(answer.get("protocolNumber").asText());
        assertThat(complaint.get("id").asText()).isEqualTo(entry.id());
        return complaint;
    }
}
