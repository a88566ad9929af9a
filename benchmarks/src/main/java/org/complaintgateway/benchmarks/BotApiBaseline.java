package org.complaintgateway.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.complaintgateway.it.telegram.FakeTelegramBotApi;

/**
 * The least a bot can do with its backlog: one thread with the JDK's HttpClient calls getUpdates (offset, limit 100,
 * timeout 0), and for each update fetches the photo its message may carry (getFile, then the file, as the gateway does)
 * and POSTs the update's JSON to the sink with its update_id as Idempotency-Key; the next getUpdates confirms the batch
 * by its offset, until one comes back empty. No journal, no mapping. Drain time: from the first getUpdates to the last
 * update's arrival at the sink.
 */
final class BotApiBaseline {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT = 100;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String apiUrl;
    private final URI sinkUrl;

    private BotApiBaseline(FakeTelegramBotApi api, URI sinkUrl) {
        this.apiUrl = api.apiUrl();
        this.sinkUrl = sinkUrl;
    }

    /** Drains {@code api}, which holds what {@code backlog} put there, into a sink of its own. */
    static DrainResult drain(FakeTelegramBotApi api, Preload backlog) throws IOException, InterruptedException {
        double loadBefore = LoadAverage.now();
        try (DeliverySink sink = DeliverySink.start()) {
            BotApiBaseline baseline = new BotApiBaseline(api, sink.url());
            long start = System.nanoTime();
            baseline.drainAll();
            double seconds = (sink.lastArrival(start) - start) / 1e9;
            return DrainResult.baseline(backlog, sink.arrivals().size(), seconds, loadBefore, LoadAverage.now());
        }
    }

    private void drainAll() throws IOException, InterruptedException {
        long offset = 0;
        JsonNode updates = getUpdates(offset);
        while (!updates.isEmpty()) {
            for (JsonNode update : updates) {
                JsonNode photo = update.path("message").path("photo");
                if (!photo.isEmpty()) {
                    // the backlog's only files; the Bot API lists a photo's sizes smallest first, the original last
                    download(photo.get(photo.size() - 1).path("file_id").asText());
                }
                deliver(update);
                offset = update.get("update_id").asLong() + 1;
            }
            updates = getUpdates(offset);
        }
    }

    private JsonNode getUpdates(long offset) throws IOException, InterruptedException {
        return call("getUpdates", "offset=" + offset + "&limit=" + LIMIT + "&timeout=0");
    }

    private void download(String fileId) throws IOException, InterruptedException {
        String path = call("getFile", "file_id=" + URLEncoder.encode(fileId, StandardCharsets.UTF_8))
                .get("file_path").asText();
        HttpRequest request = HttpRequest.newBuilder(
                URI.create(apiUrl + "/file/bot" + FakeTelegramBotApi.TOKEN + "/" + path)).GET().build();
        HttpResponse<byte[]> file = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        expectOk(file, "download of " + path);
    }

    private void deliver(JsonNode update) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(sinkUrl)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", update.get("update_id").asText())
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(update)))
                .build();
        expectOk(http.send(request, HttpResponse.BodyHandlers.discarding()), "delivery");
    }

    /** A Bot API method with form parameters; its {@code result}. */
    private JsonNode call(String method, String form) throws IOException, InterruptedException {
        URI uri = URI.create(apiUrl + "/bot" + FakeTelegramBotApi.TOKEN + "/" + method);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        expectOk(response, method);
        return JSON.readTree(response.body()).get("result");
    }

    private static void expectOk(HttpResponse<?> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered HTTP " + response.statusCode());
        }
    }
}
