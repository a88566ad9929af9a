package org.complaintgateway.it.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
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

    @AutoClose
    private static WebChannel channel;

    @BeforeAll
    static void start(@TempDir Path dir) {
        channel = WebChannel.start(dir, WebChannel.GENEROUS_RATE_LIMITS);
    }

    @Test
    void filledHoneypotIsConfirmedLikeAPersonsFormButIgnoredAndNotDelivered() {
        long longAgo = Instant.now().minus(Duration.ofMinutes(5)).toEpochMilli();
        HttpResponse<String> person = channel.client().postMultipart(form(longAgo));
        HttpResponse<String> bot = channel.client().postMultipart(form(longAgo).field("website", "https://spam.example.com"));

        assertThat(bot.statusCode()).isEqualTo(200).isEqualTo(person.statusCode());
        String botNumber = FormPages.protocolNumber(bot);
        String personNumber = FormPages.protocolNumber(person);
        assertThat(bot.body().replace(botNumber, "NUMBER")).isEqualTo(person.body().replace(personNumber, "NUMBER"));
        JournalEntry entry = channel.ledger().awaitTerminal(channel.ledger().idOf(botNumber));
        assertThat(entry.state()).isEqualTo(LedgerState.IGNORED);
        assertThat(entry.reason()).isEqualTo("honeypot");
        assertThat(channel.ledger().awaitTerminal(channel.ledger().idOf(personNumber)).state()).isEqualTo(LedgerState.FORWARDED);
        channel.delivered().awaitComplaint(personNumber);
        assertThat(channel.delivered().exists(botNumber)).isFalse();
    }

    @Test
    void formSentBackRightAfterItWasRenderedIsIgnoredAsHoneypot() {
        String renderedAt = FormPages.parse(channel.client().get("/")).selectFirst("input[name=renderedAt]").val();
        assertThat(Long.parseLong(renderedAt)).isCloseTo(System.currentTimeMillis(), within(60_000L));

        HttpResponse<String> response = channel.client().postMultipart(form(Long.parseLong(renderedAt)));

        assertThat(response.statusCode()).isEqualTo(200);
        String protocolNumber = FormPages.protocolNumber(response);
        JournalEntry entry = channel.ledger().awaitTerminal(channel.ledger().idOf(protocolNumber));
        assertThat(entry.state()).isEqualTo(LedgerState.IGNORED);
        assertThat(entry.reason()).startsWith("honeypot");
        assertThat(channel.delivered().exists(protocolNumber)).isFalse();
    }

    @Test
    void formPostWithoutItsRenderTimeIsIgnoredAsHoneypot() {
        MultipartForm withoutRenderTime = new MultipartForm()
                .field("name", "Ada Lovelace")
                .field("email", "ada@example.org")
                .field("subject", "Late delivery")
                .field("message", "My order 4711 is two weeks late.");

        HttpResponse<String> response = channel.client().postMultipart(withoutRenderTime);

        assertThat(response.statusCode()).isEqualTo(200);
        String protocolNumber = FormPages.protocolNumber(response);
        JournalEntry entry = channel.ledger().awaitTerminal(channel.ledger().idOf(protocolNumber));
        assertThat(entry.state()).isEqualTo(LedgerState.IGNORED);
        assertThat(entry.reason()).isEqualTo("honeypot: the form's render time is missing or in the future");
    }

    @Test
    void formRenderedLongerAgoThanMinFillTimeIsForwarded() {
        long renderedAt = Instant.now().minus(Duration.ofSeconds(30)).toEpochMilli();

        HttpResponse<String> response = channel.client().postMultipart(form(renderedAt));

        assertThat(response.statusCode()).isEqualTo(200);
        String protocolNumber = FormPages.protocolNumber(response);
        assertThat(channel.ledger().awaitTerminal(channel.ledger().idOf(protocolNumber)).state()).isEqualTo(LedgerState.FORWARDED);
        assertThat(channel.delivered().awaitComplaint(protocolNumber).get("protocolNumber").asText()).isEqualTo(protocolNumber);
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
