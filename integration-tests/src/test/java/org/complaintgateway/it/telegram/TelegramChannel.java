package org.complaintgateway.it.telegram;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.complaintgateway.it.support.GatewayWithDownstream;
import org.complaintgateway.it.support.Ledger;
import org.complaintgateway.it.support.LoopbackComplaints;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.mappings.telegram.TelegramKeys;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;

/**
 * A gateway with one {@code telegram} channel, {@code bot}, on a {@link FakeTelegramBotApi}, delivering over HTTP to
 * a loopback downstream (WireMock): what the Telegram channel's tests start from. Polls with a one-second long poll.
 */
final class TelegramChannel implements AutoCloseable {

    static final String CHANNEL_ID = "bot";
    static final Duration WITHIN = Duration.ofSeconds(15);
    static final String TOKEN_FILE = "bot-token.secret";
    static final String WEBHOOK_SECRET = "fake_webhook-secret";
    static final String WEBHOOK_SECRET_FILE = "webhook.secret";

    final FakeTelegramBotApi api;
    private final GatewayWithDownstream running;
    final WireMockServer downstream;
    final TestGateway gateway;
    final LoopbackComplaints delivered;
    final Ledger ledger;

    private TelegramChannel(FakeTelegramBotApi api, GatewayWithDownstream running) {
        this.api = api;
        this.running = running;
        this.downstream = running.downstream;
        this.gateway = running.gateway;
        this.delivered = running.delivered;
        this.ledger = running.ledger;
    }

    /** {@code extraYaml}: more keys of the channel, each line indented by four spaces. */
    static TelegramChannel start(Path dir, String extraYaml) {
        return start(dir, extraYaml, UnaryOperator.identity());
    }

    static TelegramChannel start(Path dir, String extraYaml, UnaryOperator<TestGateway.Builder> more) {
        FakeTelegramBotApi api = FakeTelegramBotApi.start();
        try {
            writeSecrets(dir);
            return new TelegramChannel(api, GatewayWithDownstream.start(dir, channelYaml(api, extraYaml), more));
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
    }

    static String channelYaml(FakeTelegramBotApi api, String extraYaml) {
        return "  - id: " + CHANNEL_ID + "\n"
                + "    type: telegram\n"
                + "    token: \"${file:" + TOKEN_FILE + "}\"\n"
                + "    apiUrl: " + api.apiUrl() + "\n"
                + (extraYaml.contains("mode: webhook") ? "" : "    pollTimeout: 1s\n")
                + "    timeout: 5s\n"
                // each message its own complaint at once, unless a test is about merging
                + (extraYaml.contains("mergeWindow:") ? "" : "    mergeWindow: 0s\n")
                + extraYaml;
    }

    static void writeSecrets(Path dir) {
        try {
            Files.writeString(dir.resolve(TOKEN_FILE), FakeTelegramBotApi.TOKEN);
            Files.writeString(dir.resolve(WEBHOOK_SECRET_FILE), WEBHOOK_SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code count} complaints reached the sink and returns them, each checked against the schema. */
    List<JsonNode> awaitDelivered(int count) {
        return running.awaitDelivered(count, WITHIN);
    }

    void awaitLedger(LedgerState state, long count) {
        running.awaitLedger(state, count, WITHIN);
    }

    /** Waits for the first delivered complaint {@code wanted} accepts (schema-checked) and returns it. */
    JsonNode awaitComplaint(Predicate<JsonNode> wanted) {
        return await().atMost(WITHIN)
                .until(() -> delivered.all().stream().filter(wanted).findFirst().orElse(null), Objects::nonNull);
    }

    /** The first delivered complaint of message {@code messageId} in chat {@code chatId}. */
    JsonNode awaitComplaintOf(long chatId, long messageId) {
        String externalId = TelegramKeys.messageKey(Long.toString(chatId), Long.toString(messageId));
        return awaitComplaint(complaint -> complaint.path("channel").path("externalId").asText().equals(externalId));
    }

    /**
     * The journal entry of message {@code messageId} in chat {@code chatId} once it is in {@code state}: an IGNORED
     * entry's reason says why it is no complaint.
     */
    JournalEntry awaitEntry(long chatId, long messageId, LedgerState state) {
        String externalKey = TelegramKeys.messageKey(Long.toString(chatId), Long.toString(messageId));
        return await().atMost(WITHIN).until(() -> entriesIn(state).stream()
                .filter(entry -> entry.externalKey().equals(externalKey)).findFirst().orElse(null), Objects::nonNull);
    }

    /** Every journal entry in {@code state}, oldest first. */
    List<JournalEntry> entriesIn(LedgerState state) {
        return ledger.entriesIn(state);
    }

    /** The message_id of a message, edited message or channel post update. */
    static long messageIdOf(JsonNode update) {
        for (String kind : List.of("message", "edited_message", "channel_post")) {
            if (update.has(kind)) {
                return update.path(kind).path("message_id").asLong();
            }
        }
        throw new IllegalArgumentException("no message in " + update);
    }

    @Override
    public void close() {
        try {
            running.close();
        } finally {
            api.close();
        }
    }
}
