package org.complaintgateway.routes.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.complaintgateway.config.TelegramChannelConfig;

/**
 * The calls the gateway makes to the Telegram Bot API (https://core.telegram.org/bots/api), on the JDK's HTTP client.
 *
 * <p>Not camel-http, which DESIGN.md names for external APIs, for two reasons: camel-http's timeouts are set once per
 * component, shared with the downstream's, while a long poll must wait longer than any other call; and the bot token is
 * part of every URL path, which must never become a Camel endpoint URI (those are registered, listed and logged). Here
 * the token stays in this class, and every error text is written without it.
 */
public final class BotApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String apiUrl;
    private final String token;
    private final Duration timeout;

    public BotApi(TelegramChannelConfig channel) {
        this.apiUrl = trimSlash(channel.apiUrl().toString());
        this.token = channel.token().reveal();
        this.timeout = channel.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(channel.timeout()).build();
    }

    /** {@code getUpdates}: up to {@code limit} updates from {@code offset}, waiting up to {@code wait} for one. */
    public BotAnswer getUpdates(long offset, int limit, Duration wait, String allowedUpdates) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("offset", Long.toString(offset));
        parameters.put("limit", Integer.toString(limit));
        parameters.put("timeout", Long.toString(wait.toSeconds()));
        parameters.put("allowed_updates", allowedUpdates);
        return call("getUpdates", parameters, timeout.plus(wait));
    }

    public BotAnswer getMe() {
        return call("getMe", Map.of(), timeout);
    }

    public BotAnswer getFile(String fileId) {
        return call("getFile", Map.of("file_id", fileId), timeout);
    }

    public BotAnswer setWebhook(URI url, String secretToken, String allowedUpdates) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("url", url.toString());
        parameters.put("secret_token", secretToken);
        parameters.put("allowed_updates", allowedUpdates);
        return call("setWebhook", parameters, timeout);
    }

    public BotAnswer deleteWebhook() {
        return call("deleteWebhook", Map.of(), timeout);
    }

    /**
     * The bytes of a file {@code getFile} answered with, or a {@link BotApiException} saying why not; never more than
     * {@code maxBytes} are read.
     */
    public byte[] download(String filePath, long maxBytes) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/file/bot" + token + "/" + encodePath(filePath)))
                .timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new BotApiException("file download answered HTTP " + response.statusCode(), false);
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new BotApiException("file larger than " + maxBytes + " bytes", true);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new BotApiException("file download failed: " + withoutToken(e.toString()), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotApiException("file download interrupted", false);
        }
    }

    private BotAnswer call(String method, Map<String, String> parameters, Duration callTimeout) {
        String form = parameters.entrySet().stream()
                .filter(p -> p.getValue() != null)
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/bot" + token + "/" + method))
                .timeout(callTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return BotAnswer.of(method, response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            return BotAnswer.unreachable(method, withoutToken(e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BotAnswer.unreachable(method, "interrupted");
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** Exceptions of the HTTP client may quote the URL, and the URL holds the token. */
    private String withoutToken(String text) {
        return text.replace(token, "<token>");
    }

    private static String encodePath(String path) {
        return java.util.Arrays.stream(path.split("/", -1))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
