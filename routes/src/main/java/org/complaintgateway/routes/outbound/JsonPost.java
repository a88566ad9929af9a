package org.complaintgateway.routes.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.complaintgateway.config.Secret;

/**
 * POSTs one JSON message to a provider's API and turns the answer into a {@link SendOutcome} with the provider's
 * classification. On the JDK's HTTP client for the reasons {@code telegram.BotApi} gives: a token (in Telegram's URL
 * path, in the others' {@code Authorization} header) must never become part of a Camel endpoint URI. Every outcome
 * leaves here with the secret scrubbed from its reason, whatever the provider or the HTTP client wrote into it, so no
 * sender can leak it by quoting an error.
 */
final class JsonPost {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String provider;
    private final String secret;
    private final Duration timeout;
    private final HttpClient http;

    JsonPost(String provider, Secret secret, Duration timeout) {
        this.provider = provider;
        this.secret = secret.reveal();
        this.timeout = timeout;
        // a redirect would carry the bearer token to wherever it points: none of these APIs redirects a send
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static ObjectMapper json() {
        return JSON;
    }

    /** {@code path} under a configured API base URL, written with or without a trailing slash. */
    static String url(URI apiUrl, String path) {
        String base = apiUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** POSTs {@code body} to {@code url} with {@code headers}; {@code classify} reads what the provider answered. */
    SendOutcome send(String url, Map<String, String> headers, JsonNode body,
                     Function<ProviderAnswer, SendOutcome> classify) {
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            headers.forEach(builder::header);
            request = builder.build();
        } catch (IllegalArgumentException | JsonProcessingException e) {
            // the URL may hold the token, and URI.create quotes the URL it refuses
            return new SendOutcome.Failed(scrub("the " + provider + " API URL is not usable: " + e.getMessage()));
        }
        return scrub(exchange(request, classify));
    }

    private SendOutcome exchange(HttpRequest request, Function<ProviderAnswer, SendOutcome> classify) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return classify.apply(new ProviderAnswer(response.statusCode(), parse(response.body()),
                    RetryAfter.ofHeader(response.headers().firstValue("Retry-After").orElse(null))));
        } catch (HttpTimeoutException e) {
            return new SendOutcome.Retry(provider + " did not answer within " + timeout, null);
        } catch (IOException e) {
            return new SendOutcome.Retry(provider + " unreachable: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Retry(provider + " unreachable: interrupted", null);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    private SendOutcome scrub(SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Retry retry) {
            return new SendOutcome.Retry(scrub(retry.reason()), retry.retryAfter());
        }
        if (outcome instanceof SendOutcome.Failed failed) {
            return new SendOutcome.Failed(scrub(failed.reason()));
        }
        return outcome;
    }

    private String scrub(String text) {
        return secret.isEmpty() ? text : text.replace(secret, "<token>");
    }
}
