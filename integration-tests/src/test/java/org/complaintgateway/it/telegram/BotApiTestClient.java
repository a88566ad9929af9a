package org.complaintgateway.it.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** A bare Bot API client for the fake's own tests, taking parameters in each of the three ways the Bot API accepts. */
final class BotApiTestClient {

    /** How the parameters travel: query string of a GET, form body or JSON body of a POST. */
    enum Encoding { QUERY, FORM, JSON }

    /** An answer: the HTTP status and the Bot API envelope. */
    record Reply(int status, JsonNode body, HttpHeaders headers) {

        JsonNode result() {
            return body.get("result");
        }

        String description() {
            return body.path("description").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiUrl;
    private final String token;

    BotApiTestClient(String apiUrl, String token) {
        this.apiUrl = apiUrl;
        this.token = token;
    }

    Reply call(String method, Map<String, ?> parameters) {
        return call(Encoding.QUERY, method, parameters);
    }

    Reply call(Encoding encoding, String method, Map<String, ?> parameters) {
        return callAsync(encoding, method, parameters).join();
    }

    CompletableFuture<Reply> callAsync(String method, Map<String, ?> parameters) {
        return callAsync(Encoding.QUERY, method, parameters);
    }

    CompletableFuture<Reply> callAsync(Encoding encoding, String method, Map<String, ?> parameters) {
        String url = apiUrl + "/bot" + token + "/" + method;
        HttpRequest.Builder request = switch (encoding) {
            case QUERY -> HttpRequest.newBuilder(URI.create(parameters.isEmpty() ? url : url + "?" + form(parameters)))
                    .GET();
            case FORM -> HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(parameters)));
            case JSON -> HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json(parameters)));
        };
        return http.sendAsync(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> new Reply(response.statusCode(), parse(response.body()), response.headers()));
    }

    HttpResponse<byte[]> download(String filePath) {
        return download(token, filePath);
    }

    HttpResponse<byte[]> download(String withToken, String filePath) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/file/bot" + withToken + "/" + filePath))
                .timeout(TIMEOUT).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Numbers and strings as text; arrays and objects as their JSON, as Bot API clients send them in a form. */
    private static String form(Map<String, ?> parameters) {
        return parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(asText(parameter.getValue())))
                .collect(Collectors.joining("&"));
    }

    private static String asText(Object value) {
        return value instanceof CharSequence ? value.toString() : json(value);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }
}
