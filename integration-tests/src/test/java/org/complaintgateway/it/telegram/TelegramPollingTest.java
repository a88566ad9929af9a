package org.complaintgateway.it.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintgateway.it.support.HealthReport;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bot polled with getUpdates: its updates become delivered complaints with the reply hint, the offset is confirmed
 * only for journaled updates and kept across restarts, and another consumer of the bot (409) shows in the health.
 */
class TelegramPollingTest {

    private static final long CHAT = TelegramUpdates.CUSTOMER;

    @TempDir
    Path dir;

    @AutoClose
    TelegramChannel channel;

    private final TelegramUpdates updates = new TelegramUpdates();

    @Test
    void aTextMessageBecomesOneDeliveredComplaintWithItsReplyHint() {
        channel = TelegramChannel.start(dir, "");

        long updateId = channel.api.enqueue(updates.text(CHAT, CHAT, "My order 4711 arrived broken."));

        JsonNode complaint = channel.awaitDelivered(1).get(0);
        assertThat(complaint.path("channel").path("type").asText()).isEqualTo("telegram");
        assertThat(complaint.path("channel").path("id").asText()).isEqualTo(TelegramChannel.CHANNEL_ID);
        assertThat(complaint.path("text").asText()).isEqualTo("My order 4711 arrived broken.");
        assertThat(complaint.path("customer").path("name").asText()).isEqualTo("Fake Customer");
        assertThat(complaint.path("replyHint").path("channelType").asText()).isEqualTo("telegram");
        assertThat(complaint.path("replyHint").path("chatId").asText()).isEqualTo(Long.toString(CHAT));
        assertThat(complaint.path("replyHint").path("replyToMessageId").asText()).isEqualTo("1");
        channel.awaitLedger(LedgerState.FORWARDED, 1);
        assertThat(channel.ledger.total()).isEqualTo(1);
        // the next getUpdates confirms it at Telegram
        await().atMost(TelegramChannel.WITHIN).until(() -> channel.api.confirmedBelow() > updateId);
        assertThat(channel.api.pendingCount()).isZero();
    }

    @Test
    void aPhotoIsDownloadedAndDeliveredWithItsCaption() {
        channel = TelegramChannel.start(dir, "");
        byte[] large = "fake jpeg bytes, the largest size".getBytes(StandardCharsets.UTF_8);
        channel.api.registerFile("photo-small", TelegramUpdates.fileUniqueId("photo-small"), "photos/file_1.jpg",
                "small".getBytes(StandardCharsets.UTF_8));
        channel.api.registerFile("photo-large", TelegramUpdates.fileUniqueId("photo-large"), "photos/file_2.jpg", large);

        channel.api.enqueue(updates.photo(CHAT, CHAT, "The box was crushed", "photo-small", "photo-large"));

        JsonNode complaint = channel.awaitDelivered(1).get(0);
        assertThat(complaint.path("text").asText()).isEqualTo("The box was crushed");
        assertThat(complaint.path("attachments")).hasSize(1);
        assertThat(complaint.path("attachments").get(0).path("size").asLong()).isEqualTo(large.length);
        assertThat(complaint.path("attachments").get(0).path("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(channel.api.downloads()).containsExactly("photos/file_2.jpg");
    }

    @Test
    void whatIsNoComplaintIsRecordedAsIgnoredWithTheReason() {
        channel = TelegramChannel.start(dir, "");

        channel.api.enqueue(updates.command(CHAT, CHAT, "/start"));
        channel.api.enqueue(updates.sticker(CHAT, CHAT, "sticker-1"));
        channel.api.enqueue(updates.channelPost(TelegramUpdates.CHANNEL, "News of the day"));
        channel.api.enqueue(updates.text(CHAT, CHAT, "The real complaint"));

        channel.awaitLedger(LedgerState.IGNORED, 3);
        channel.awaitLedger(LedgerState.FORWARDED, 1);
        assertThat(channel.awaitDelivered(1)).singleElement()
                .satisfies(complaint -> assertThat(complaint.path("text").asText()).isEqualTo("The real complaint"));
    }

    @Test
    void aRestartAsksFromTheSavedOffsetAndDeliversEachUpdateOnce() {
        channel = TelegramChannel.start(dir, "");
        for (int i = 1; i <= 3; i++) {
            channel.api.enqueue(updates.text(CHAT, CHAT, "before the restart " + i));
        }
        channel.awaitDelivered(3);
        channel.awaitLedger(LedgerState.FORWARDED, 3);

        channel.gateway.stop();
        for (int i = 1; i <= 2; i++) {
            channel.api.enqueue(updates.text(CHAT, CHAT, "while stopped " + i));
        }
        channel.gateway.restart();

        channel.awaitLedger(LedgerState.FORWARDED, 5);
        List<JsonNode> delivered = channel.awaitDelivered(5);
        Set<String> texts = new HashSet<>();
        delivered.forEach(complaint -> texts.add(complaint.path("text").asText()));
        assertThat(texts).containsExactlyInAnyOrder("before the restart 1", "before the restart 2",
                "before the restart 3", "while stopped 1", "while stopped 2");
        assertThat(delivered).hasSize(5);
        assertThat(channel.ledger.total()).isEqualTo(5);
    }

    @Test
    void anEditInTheSameGetUpdatesAnswerAsItsOriginalIsItsFollowUp() {
        channel = TelegramChannel.start(dir, "");
        channel.gateway.stop();
        ObjectNode original = updates.text(CHAT, CHAT, "The heater is broken");
        channel.api.enqueue(original);
        channel.api.enqueue(updates.edited(CHAT, CHAT, TelegramChannel.messageIdOf(original),
                "The heater in the kitchen is broken"));

        channel.gateway.restart(); // its first getUpdates brings both

        channel.awaitLedger(LedgerState.FORWARDED, 2);
        List<JsonNode> delivered = channel.awaitDelivered(2);
        JsonNode first = delivered.stream().filter(c -> c.path("text").asText().equals("The heater is broken"))
                .findFirst().orElseThrow();
        JsonNode edit = delivered.stream().filter(c -> c != first).findFirst().orElseThrow();
        assertThat(edit.path("relations").path("followUpOf").asText()).isEqualTo(first.path("id").asText());
    }

    @Test
    void aWebhookOnTheSameBotShowsInTheHealthAndPollingResumesOnceItIsDeleted() {
        channel = TelegramChannel.start(dir, "");
        await().atMost(TelegramChannel.WITHIN).until(() -> HealthReport.of(channel.gateway).check("telegram-bot")
                .filter("UP"::equals).isPresent());

        BotApiTestClient telegram = new BotApiTestClient(channel.api.apiUrl(), FakeTelegramBotApi.TOKEN);
        telegram.call("setWebhook", Map.of("url", "https://complaints.example.com/hook"));
        channel.api.enqueue(updates.text(CHAT, CHAT, "sent while the webhook was set"));

        await().atMost(TelegramChannel.WITHIN).until(() -> HealthReport.of(channel.gateway).check("telegram-bot")
                .filter("DOWN"::equals).isPresent());
        assertThat(HealthReport.of(channel.gateway).statusCode()).isEqualTo(503);
        assertThat(channel.ledger.total()).isZero();

        telegram.call("deleteWebhook", Map.of());
        channel.awaitDelivered(1);
        await().atMost(TelegramChannel.WITHIN).until(() -> HealthReport.of(channel.gateway).check("telegram-bot")
                .filter("UP"::equals).isPresent());
    }
}
