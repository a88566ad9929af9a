package org.complaintgateway.it.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.complaintgateway.it.telegram.TelegramUpdates.CUSTOMER;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.complaintgateway.it.telegram.BotApiTestClient.Encoding;
import org.complaintgateway.it.telegram.BotApiTestClient.Reply;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fake answers as Telegram's Bot API does, so a gateway tested against it meets the real API's rules: an update
 * stays until an offset confirms it, one long poll waits at a time, no getUpdates while a webhook is set, and every
 * answer in the Bot API's envelope with the real status and description.
 */
@Timeout(30)
class FakeTelegramBotApiTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(3);
    private static final String HOOK_URL = "https://gateway.example.com/telegram/hook";

    private final TelegramUpdates updates = new TelegramUpdates();

    @AutoClose
    private final FakeTelegramBotApi telegram = FakeTelegramBotApi.start();

    private final BotApiTestClient bot = new BotApiTestClient(telegram.apiUrl(), FakeTelegramBotApi.TOKEN);

    @Test
    void getUpdatesReturnsEnqueuedUpdatesInOrder() {
        long first = enqueue("My parcel arrived broken.");
        long second = enqueue("And nobody answers the phone.");

        Reply reply = bot.call("getUpdates", Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("ok").asBoolean()).isTrue();
        assertThat(ids(reply)).containsExactly(first, second);
        assertThat(reply.result().get(1).at("/message/text").asText()).isEqualTo("And nobody answers the phone.");
        assertThat(first).isEqualTo(UpdateQueue.FIRST_UPDATE_ID);
    }

    @Test
    void anUpdateComesBackUntilAnOffsetAboveItConfirmsIt() {
        long first = enqueue("first");
        long second = enqueue("second");

        assertThat(ids(bot.call("getUpdates", Map.of()))).containsExactly(first, second);
        assertThat(ids(bot.call("getUpdates", Map.of()))).as("not confirmed yet").containsExactly(first, second);
        assertThat(ids(bot.call("getUpdates", Map.of("offset", first + 1)))).containsExactly(second);
        assertThat(telegram.confirmedBelow()).isEqualTo(first + 1);
        assertThat(ids(bot.call("getUpdates", Map.of("offset", second + 1)))).isEmpty();

        assertThat(telegram.pendingCount()).isZero();
        assertThat(telegram.lastOffsetRequested()).isEqualTo(second + 1);
        assertThat(telegram.getUpdatesCalls()).isEqualTo(4);
    }

    @Test
    void limitCapsOneAnswerAndALimitOutsideOneToHundredIsClamped() {
        for (int i = 0; i < 120; i++) {
            enqueue("update " + i);
        }

        assertThat(ids(bot.call("getUpdates", Map.of("limit", 3)))).hasSize(3);
        assertThat(ids(bot.call("getUpdates", Map.of("limit", 0)))).as("clamped up to 1").hasSize(1);
        assertThat(ids(bot.call("getUpdates", Map.of("limit", 500)))).as("clamped down to 100").hasSize(100);
        assertThat(ids(bot.call("getUpdates", Map.of()))).as("100 by default").hasSize(100);
    }

    @Test
    void aNegativeOffsetKeepsOnlyThatManyOfTheNewestUpdates() {
        enqueue("old");
        long newer = enqueue("newer");
        long newest = enqueue("newest");

        assertThat(ids(bot.call("getUpdates", Map.of("offset", -2)))).containsExactly(newer, newest);
        assertThat(telegram.pendingCount()).isEqualTo(2);
    }

    @Test
    void anOffsetFarBeyondTheNewestUpdateIsIgnoredAsTheRealQueueDoes() {
        long id = enqueue("kept");

        assertThat(ids(bot.call("getUpdates", Map.of("offset", id + 1_000)))).containsExactly(id);
        assertThat(telegram.pendingCount()).isEqualTo(1);
    }

    @Test
    void aLongPollReturnsAsSoonAsAnUpdateIsEnqueued() {
        CompletableFuture<Reply> poll = bot.callAsync("getUpdates", Map.of("timeout", 10));
        await().atMost(PROMPTLY).until(telegram::longPollWaiting);

        long id = enqueue("arrived while the bot was waiting");

        assertThat(poll).succeedsWithin(PROMPTLY);
        assertThat(ids(poll.join())).containsExactly(id);
    }

    @Test
    void aLongPollWithNothingToDeliverAnswersAnEmptyListWhenItsTimeoutPasses() {
        long start = System.nanoTime();

        Reply reply = bot.call("getUpdates", Map.of("timeout", 1));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void aSecondLongPollEndsTheWaitingOneWithAConflict() {
        CompletableFuture<Reply> first = bot.callAsync("getUpdates", Map.of("timeout", 10));
        await().atMost(PROMPTLY).until(telegram::longPollWaiting);

        CompletableFuture<Reply> second = bot.callAsync("getUpdates", Map.of("timeout", 10));

        assertThat(first).succeedsWithin(PROMPTLY);
        assertError(first.join(), 409,
                "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        await().atMost(PROMPTLY).until(() -> telegram.getUpdatesCalls() == 2 && telegram.longPollWaiting());
        long id = enqueue("for the poll that is left");
        assertThat(second).succeedsWithin(PROMPTLY);
        assertThat(ids(second.join())).containsExactly(id);
    }

    @Test
    void getUpdatesIsAConflictWhileAWebhookIsSetAndWorksAgainAfterDeleteWebhook() {
        long id = enqueue("waits while the webhook is set");

        Reply set = bot.call("setWebhook", Map.of("url", HOOK_URL, "secret_token", "fake-hook_secret-1"));
        assertThat(set.result().asBoolean()).isTrue();
        assertThat(set.description()).isEqualTo("Webhook was set");
        assertThat(telegram.webhook()).contains(new Webhook(HOOK_URL, "fake-hook_secret-1"));

        assertError(bot.call("getUpdates", Map.of()), 409, "Conflict: can't use getUpdates method while webhook is "
                + "active; use deleteWebhook to delete the webhook first");
        JsonNode info = bot.call("getWebhookInfo", Map.of()).result();
        assertThat(info.get("url").asText()).isEqualTo(HOOK_URL);
        assertThat(info.get("has_custom_certificate").asBoolean()).isFalse();
        assertThat(info.get("pending_update_count").asInt()).isEqualTo(1);

        Reply deleted = bot.call("deleteWebhook", Map.of());
        assertThat(deleted.result().asBoolean()).isTrue();
        assertThat(deleted.description()).isEqualTo("Webhook was deleted");
        assertThat(telegram.webhook()).isEmpty();
        assertThat(ids(bot.call("getUpdates", Map.of()))).containsExactly(id);
    }

    @Test
    void settingAWebhookEndsAWaitingLongPoll() {
        CompletableFuture<Reply> poll = bot.callAsync("getUpdates", Map.of("timeout", 10));
        await().atMost(PROMPTLY).until(telegram::longPollWaiting);

        bot.call("setWebhook", Map.of("url", HOOK_URL));

        assertThat(poll).succeedsWithin(PROMPTLY);
        assertError(poll.join(), 409, "Conflict: terminated by setWebhook request");
    }

    @Test
    void dropPendingUpdatesForgetsWhatWasWaiting() {
        enqueue("dropped");

        Reply deleted = bot.call("deleteWebhook", Map.of("drop_pending_updates", true));

        assertThat(deleted.description()).isEqualTo("Webhook is already deleted");
        assertThat(telegram.pendingCount()).isZero();
        assertThat(ids(bot.call("getUpdates", Map.of()))).isEmpty();
    }

    @Test
    void getFileGivesAPathWhoseBytesTheFileEndpointServes() {
        byte[] receipt = "%PDF-1.4 an invented receipt".getBytes(StandardCharsets.US_ASCII);
        telegram.registerFile("doc-1", "uniq-doc-1", "documents/file_7.pdf", receipt);

        JsonNode file = bot.call("getFile", Map.of("file_id", "doc-1")).result();
        HttpResponse<byte[]> download = bot.download(file.get("file_path").asText());

        assertThat(file.get("file_id").asText()).isEqualTo("doc-1");
        assertThat(file.get("file_unique_id").asText()).isEqualTo("uniq-doc-1");
        assertThat(file.get("file_size").asLong()).isEqualTo(receipt.length);
        assertThat(file.get("file_path").asText()).isEqualTo("documents/file_7.pdf");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(receipt);
        assertThat(telegram.downloads()).containsExactly("documents/file_7.pdf");
    }

    @Test
    void onlyAPathGetFileHandedOutCanBeDownloadedAndOnlyWithTheToken() {
        telegram.registerFile("photo-1", "uniq-photo-1", "photos/file_3.jpg", new byte[] {1, 2, 3});

        assertThat(bot.download("photos/file_3.jpg").statusCode()).as("before getFile").isEqualTo(404);
        bot.call("getFile", Map.of("file_id", "photo-1"));
        assertThat(bot.download("7654321:another-fake-token", "photos/file_3.jpg").statusCode()).isEqualTo(404);
        assertThat(bot.download("photos/file_4.jpg").statusCode()).isEqualTo(404);
        assertThat(bot.download("photos/file_3.jpg").statusCode()).isEqualTo(200);
    }

    @Test
    void aFileOverTwentyMegabytesIsTooBigToGet() {
        telegram.registerFileOfSize("video-big", "uniq-video-big", "videos/file_9.mp4", 25L * 1024 * 1024);

        assertError(bot.call("getFile", Map.of("file_id", "video-big")), 400, "Bad Request: file is too big");
        assertThat(bot.download("videos/file_9.mp4").statusCode()).isEqualTo(404);
    }

    @Test
    void getFileOfAnUnknownOrMissingFileIdIsABadRequest() {
        assertError(bot.call("getFile", Map.of("file_id", "never-registered")), 400, "Bad Request: invalid file_id");
        assertError(bot.call("getFile", Map.of()), 400, "Bad Request: file_id not specified");
    }

    @Test
    void aWrongTokenIsUnauthorized() {
        BotApiTestClient stranger = new BotApiTestClient(telegram.apiUrl(), "7654321:another-fake-token");

        assertError(stranger.call("getMe", Map.of()), 401, "Unauthorized");
        assertThat(telegram.calls("getMe")).isZero();
    }

    @Test
    void anUnknownMethodIsNotFound() {
        assertError(bot.call("getComplaints", Map.of()), 404, "Not Found");
    }

    @Test
    void getMeAnswersWithTheBotsIdentityWhateverTheCaseOfTheMethodName() {
        JsonNode me = bot.call("GETME", Map.of()).result();

        assertThat(me.get("id").asLong()).isEqualTo(FakeTelegramBotApi.BOT_ID);
        assertThat(me.get("is_bot").asBoolean()).isTrue();
        assertThat(me.get("username").asText()).isEqualTo(FakeTelegramBotApi.BOT_USERNAME);
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void parametersArriveInTheQueryAFormOrJson(Encoding encoding) {
        Reply sent = bot.call(encoding, "sendMessage", Map.of("chat_id", CUSTOMER,
                "text", "Complaint C-17 received: we answer within two days.",
                "reply_parameters", Map.of("message_id", 42)));
        Reply polled = bot.call(encoding, "getUpdates", Map.of("offset", 5, "allowed_updates",
                List.of("message", "edited_message")));

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.result().at("/chat/id").asLong()).isEqualTo(CUSTOMER);
        assertThat(sent.result().get("text").asText()).isEqualTo("Complaint C-17 received: we answer within two days.");
        assertThat(telegram.sentMessages()).singleElement().satisfies(message -> {
            assertThat(message.chatId()).isEqualTo(Long.toString(CUSTOMER));
            assertThat(message.replyToMessageId()).isEqualTo(OptionalLong.of(42));
        });
        assertThat(polled.status()).isEqualTo(200);
        assertThat(telegram.lastOffsetRequested()).isEqualTo(5);
        assertThat(telegram.allowedUpdates()).containsExactly("message", "edited_message");
    }

    @Test
    void sendMessageRecordsEachMessageWithTheOlderReplyToMessageIdToo() {
        bot.call("sendMessage", Map.of("chat_id", CUSTOMER, "text", "Received.", "reply_to_message_id", 7));
        bot.call("sendMessage", Map.of("chat_id", TelegramUpdates.SUPERGROUP, "text", "Noted.", "parse_mode", "HTML"));

        List<SentMessage> sent = telegram.sentMessages();

        assertThat(sent).extracting(SentMessage::text).containsExactly("Received.", "Noted.");
        assertThat(sent.get(0).replyToMessageId()).isEqualTo(OptionalLong.of(7));
        assertThat(sent.get(1).replyToMessageId()).isEmpty();
        assertThat(sent.get(1).parameters()).containsEntry("parse_mode", "HTML");
        assertThat(sent.get(1).messageId()).isGreaterThan(sent.get(0).messageId());
    }

    @Test
    void sendMessageWithoutChatOrTextIsABadRequestAndSendsNothing() {
        assertError(bot.call("sendMessage", Map.of("text", "to nobody")), 400, "Bad Request: chat_id is empty");
        assertError(bot.call("sendMessage", Map.of("chat_id", CUSTOMER)), 400, "Bad Request: message text is empty");
        assertError(bot.call("sendMessage", Map.of("chat_id", CUSTOMER, "text", "x".repeat(4097))), 400,
                "Bad Request: message is too long");
        assertThat(telegram.sentMessages()).isEmpty();
    }

    @Test
    void failNextAnswersTheNextCallsWithThatStatusThenRecovers() {
        telegram.failNext(2, 502);

        assertError(bot.call("getMe", Map.of()), 502, "Bad Gateway");
        assertError(bot.call("getUpdates", Map.of()), 502, "Bad Gateway");
        assertThat(bot.call("getMe", Map.of()).status()).isEqualTo(200);
        assertThat(telegram.calls("getMe")).isEqualTo(2);
        assertThat(telegram.getUpdatesCalls()).as("failed calls count as calls").isEqualTo(1);
    }

    @Test
    void failNextWith429CarriesRetryAfterInTheBodyAndTheHeader() {
        telegram.failNextWith429(1, 7);

        Reply limited = bot.call("getUpdates", Map.of());

        assertError(limited, 429, "Too Many Requests: retry after 7");
        assertThat(limited.body().at("/parameters/retry_after").asInt()).isEqualTo(7);
        assertThat(limited.headers().firstValue("Retry-After")).contains("7");
        assertThat(bot.call("getUpdates", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void aFailureForOneMethodLeavesTheOthersAlone() {
        telegram.failNext("sendMessage", 1, 403, "Forbidden: bot was blocked by the user");

        assertThat(bot.call("getUpdates", Map.of()).status()).isEqualTo(200);
        assertError(bot.call("sendMessage", Map.of("chat_id", CUSTOMER, "text", "Received.")), 403,
                "Forbidden: bot was blocked by the user");
        assertThat(bot.call("sendMessage", Map.of("chat_id", CUSTOMER, "text", "Received.")).status()).isEqualTo(200);
    }

    @Test
    void afterAStopTheFakeRefusesConnectionsThenComesBackOnTheSamePortWithItsUpdates() {
        long id = enqueue("kept through the outage");
        int port = telegram.port();

        telegram.stop();
        assertThatThrownBy(() -> bot.call("getMe", Map.of()))
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ConnectException.class);
        telegram.restart();

        assertThat(telegram.port()).isEqualTo(port);
        assertThat(ids(bot.call("getUpdates", Map.of()))).containsExactly(id);
    }

    @Test
    void aPausedFakeHoldsRequestsUntilItResumes() {
        telegram.pause();
        CompletableFuture<Reply> held = bot.callAsync("getMe", Map.of());

        await().during(Duration.ofMillis(500)).atMost(PROMPTLY).until(() -> !held.isDone());
        telegram.resume();

        assertThat(held).succeedsWithin(PROMPTLY);
        assertThat(held.join().status()).isEqualTo(200);
    }

    @Test
    void closeAnswersAWaitingLongPollAtOnce() {
        FakeTelegramBotApi closing = FakeTelegramBotApi.start();
        BotApiTestClient client = new BotApiTestClient(closing.apiUrl(), FakeTelegramBotApi.TOKEN);
        CompletableFuture<Reply> poll = client.callAsync("getUpdates", Map.of("timeout", 30));
        await().atMost(PROMPTLY).until(closing::longPollWaiting);

        closing.close();

        assertThat(poll).succeedsWithin(PROMPTLY);
        assertThat(poll.join().status()).isEqualTo(200);
        assertThat(poll.join().result()).isEmpty();
    }

    @Test
    void aTokenShapedLikeARealOneIsRefused() {
        String realShape = "12345678:" + "A".repeat(35);

        assertThatThrownBy(() -> FakeTelegramBotApi.start(realShape, 12_345_678L, "fake_shape_bot"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long enqueue(String text) {
        return telegram.enqueue(updates.text(CUSTOMER, CUSTOMER, text));
    }

    private static List<Long> ids(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        reply.result().forEach(update -> ids.add(update.get("update_id").asLong()));
        return ids;
    }

    private static void assertError(Reply reply, int status, String description) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.body().get("ok").asBoolean()).isFalse();
        assertThat(reply.body().get("error_code").asInt()).isEqualTo(status);
        assertThat(reply.description()).isEqualTo(description);
    }
}
