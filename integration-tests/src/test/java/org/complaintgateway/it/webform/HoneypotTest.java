package org.complaintgateway.it.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bot is answered exactly like a person, so it learns nothing, but what it sent is never delivered:
 * a form with the hidden {@code website} field filled in, or sent back faster than {@code minFillTime}
 * (3 s by default) after it was rendered, ends IGNORED with a reason starting {@code honeypot}.
 * A form that took a person's time is forwarded.
 */
class HoneypotTest {

    @TempDir
    static Path dir;

    private static TestGateway gateway;
    private static WebChannelClient client;
    private static Ledger ledger;
    private static DeliveredComplaints delivered;

    @BeforeAll
    static void start() {
        gateway = TestGateway.builder(dir)
                .webform("    perIp: {requests: 1000, per: 1m}\n    perSender: {requests: 1000, per: 1m}\n")
                .build().start();
        client = new WebChannelClient(gateway);
        ledger = new Ledger(gateway);
        delivered = new DeliveredComplaints(dir.resolve("delivered"));
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void filledHoneypotIsConfirmedLikeAPersonsFormButIgnoredAndNotDelivered() {
        long longAgo = Instant.now().minus(Duration.ofMinutes(5)).toEpochMilli();
        HttpResponse<String> person = client.postMultipart(form(longAgo));
        HttpResponse<String> bot = client.postMultipart(form(longAgo).field("website", "https://spam.example.com"));

        assertThat(bot.statusCode()).isEqualTo(200).isEqualTo(person.statusCode());
        String botNumber = FormPages.protocolNumber(bot);
        String personNumber = FormPages.protocolNumber(person);
        assertThat(bot.body().replace(botNumber, "NUMBER")).isEqualTo(person.body().replace(personNumber, "NUMBER"));
        JournalEntry entry = ledger.awaitTerminal(ledger.idOf(botNumber));
        assertThat(entry.state()).isEqualTo(LedgerState.IGNORED);
        assertThat(entry.reason()).isEqualTo("honeypot");
        assertThat(ledger.awaitTerminal(ledger.idOf(personNumber)).state()).isEqualTo(LedgerState.FORWARDED);
        delivered.awaitComplaint(personNumber);
        assertThat(delivered.exists(botNumber)).isFalse();
    }

    @Test
    void formSentBackRightAfterItWasRenderedIsIgnoredAsHoneypot() {
        String renderedAt = FormPages.parse(client.get("/")).selectFirst("input[name=renderedAt]").val();
        assertThat(Long.parseLong(renderedAt)).isCloseTo(System.currentTimeMillis(), within(60_000L));

        HttpResponse<String> response = client.postMultipart(form(Long.parseLong(renderedAt)));

        assertThat(response.statusCode()).isEqualTo(200);
        String protocolNumber = FormPages.protocolNumber(response);
        JournalEntry entry = ledger.awaitTerminal(ledger.idOf(protocolNumber));
        assertThat(entry.state()).isEqualTo(LedgerState.IGNORED);
        assertThat(entry.reason()).startsWith("honeypot");
        assertThat(delivered.exists(protocolNumber)).isFalse();
    }

    @Test
    void formPostWithoutItsRenderTimeIsIgnoredAsHoneypot() {
        MultipartForm withoutRenderTime = new MultipartForm()
                .field("name", "Ada Lovelace")
                .field("email", "ada@example.org")
                .field("subject", "Late delivery")
                .field("message", "My order 4711 is two weeks late.");

        HttpResponse<String> response = client.postMultipart(withoutRenderTime);

        assertThat(response.statusCode()).isEqualTo(200);
        String protocolNumber = FormPages.protocolNumber(response);
        JournalEntry entry = ledger.awaitTerminal(ledger.idOf(protocolNumber));
        assertThat(entry.state()).isEqualTo(LedgerState.IGNORED);
        assertThat(entry.reason()).isEqualTo("honeypot: the form's render time is missing or in the future");
    }

    @Test
    void formRenderedLongerAgoThanMinFillTimeIsForwarded() {
        long renderedAt = Instant.now().minus(Duration.ofSeconds(30)).toEpochMilli();

        HttpResponse<String> response = client.postMultipart(form(renderedAt));

        assertThat(response.statusCode()).isEqualTo(200);
        String protocolNumber = FormPages.protocolNumber(response);
        assertThat(ledger.awaitTerminal(ledger.idOf(protocolNumber)).state()).isEqualTo(LedgerState.FORWARDED);
        assertThat(delivered.awaitComplaint(protocolNumber).get("protocolNumber").asText()).isEqualTo(protocolNumber);
    }

    /** The fields the HTML form posts, the honeypot left empty as a person's browser sends it. */
    private static MultipartForm form(long renderedAtMillis) {
        return new MultipartForm()
                .field("language", "en")
                .field("renderedAt", Long.toString(renderedAtMillis))
                .field("name", "Ada Lovelace")
                .field("email", "ada@example.org")
                .field("phone", "")
                .field("subject", "Late delivery")
                .field("message", "My order 4711 is two weeks late.")
                .file("attachment", "", "application/octet-stream", new byte[0]);
    }
}
