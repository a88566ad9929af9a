package org.complaintgateway.it.webform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.complaintgateway.it.support.TestGateway;

/** Requests to the {@code site-form} channel as browsers and API clients send them; extra headers as name, value pairs. */
final class WebChannelClient {

    static final String FORM_PATH = "/";
    static final String API_PATH = "/api/v1/complaints";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestGateway gateway;

    WebChannelClient(TestGateway gateway) {
        this.gateway = gateway;
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        return TestGateway.send(request(pathAndQuery, headers).GET().build());
    }

    /** A POST with exactly this Content-Type, or none when {@code contentType} is null. */
    HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return TestGateway.send(request.build());
    }

    /** A POST without Content-Length: the body arrives chunked, so its size is known only once it is read. */
    HttpResponse<String> postChunked(String path, String contentType, byte[] body) {
        return TestGateway.send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    HttpResponse<String> postApi(byte[] json, String... headers) {
        return post(API_PATH, "application/json", json, headers);
    }

    HttpResponse<String> postMultipart(MultipartForm form, String... headers) {
        return post(FORM_PATH, form.contentType(), form.toBytes(), headers);
    }

    HttpResponse<String> postUrlEncoded(Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(FORM_PATH, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** The response body as JSON; fails the test when it is not JSON. */
    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("expected a JSON body, got: " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.url(pathAndQuery));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }
}
