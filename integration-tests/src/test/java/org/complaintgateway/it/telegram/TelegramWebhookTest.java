package org.complaintgateway.it.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bot in webhook mode: Telegram POSTs each update to the channel's path with the secret token it was given. Only
 * the right secret is journaled; 200 comes after the commit; an update posted twice is one complaint and a DUPLICATE.
 */
class TelegramWebhookTest {

    private static final String WEBHOOK = """
                mode: webhook
                secretToken: "${file:%s}"
                publicUrl: https://complaints.example.com/telegram/bot
            """.formatted(TelegramChannel.WEBHOOK_SECRET_FILE);
    private static final long CHAT = TelegramUpdates.CUSTOMER;

    @TempDir
    Path dir;

    @AutoClose
    TelegramChannel channel;

    private final TelegramUpdates updates = new TelegramUpdates();

    @Test
    void theRightSecretIsAnswered200AndTheUpdateBecomesAComplaint() {
        channel = TelegramChannel.start(dir, WEBHOOK);
        String update = withId(updates.text(CHAT, CHAT, "Posted by Telegram to our webhook"), 900_001).toString();

        HttpResponse<String> answer = post(update, TelegramChannel.WEBHOOK_SECRET);

        assertThat(answer.statusCode()).isEqualTo(200);
        // answered after the commit: the ledger holds it already
        assertThat(channel.ledger.total()).isEqualTo(1);
        assertThat(channel.awaitDelivered(1).get(0).path("text").asText()).isEqualTo("Posted by Telegram to our webhook");
        channel.awaitLedger(LedgerState.FORWARDED, 1);
    }

    @Test
    void aMissingOrWrongSecretIsRefused403AndNothingIsJournaled() {
        channel = TelegramChannel.start(dir, WEBHOOK);
        String update = withId(updates.text(CHAT, CHAT, "A forged update"), 900_002).toString();

        assertThat(post(update, null).statusCode()).isEqualTo(403);
        assertThat(post(update, "fake_wrong-secret").statusCode()).isEqualTo(403);
        assertThat(post(update, TelegramChannel.WEBHOOK_SECRET + "x").statusCode()).isEqualTo(403);

        assertThat(channel.ledger.total()).isZero();
    }

    @Test
    void theSameUpdatePostedTwiceIsOneComplaintAndOneDuplicate() {
        channel = TelegramChannel.start(dir, WEBHOOK);
        String update = withId(updates.text(CHAT, CHAT, "Telegram retried this one"), 900_003).toString();

        assertThat(post(update, TelegramChannel.WEBHOOK_SECRET).statusCode()).isEqualTo(200);
        assertThat(post(update, TelegramChannel.WEBHOOK_SECRET).statusCode()).isEqualTo(200);

        channel.awaitLedger(LedgerState.DUPLICATE, 1);
        channel.awaitLedger(LedgerState.FORWARDED, 1);
        assertThat(channel.ledger.total()).isEqualTo(2);
        assertThat(channel.awaitDelivered(1)).hasSize(1);
    }

    @Test
    void aBodyThatIsNoUpdateIsRefused400() {
        channel = TelegramChannel.start(dir, WEBHOOK);

        assertThat(post("{\"message\":{}}", TelegramChannel.WEBHOOK_SECRET).statusCode()).isEqualTo(400);
        assertThat(post("not json", TelegramChannel.WEBHOOK_SECRET).statusCode()).isEqualTo(400);
        assertThat(channel.ledger.total()).isZero();
    }

    private static ObjectNode withId(ObjectNode update, long updateId) {
        return update.put("update_id", updateId);
    }

    private HttpResponse<String> post(String body, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(channel.gateway.url("/telegram/bot"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return TestGateway.send(request.build());
    }
}
