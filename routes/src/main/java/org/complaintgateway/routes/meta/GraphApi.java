package org.complaintgateway.routes.meta;

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
import org.complaintgateway.config.MetaChannelConfig;
import org.complaintgateway.mappings.meta.FetchedMedia;

/**
 * Downloads WhatsApp media from the Graph API (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media):
 * {@code GET /{media-id}} answers the medium's short-lived download URL, size and type; {@code GET} of that URL, with
 * the same bearer token, answers its bytes. On the JDK's HTTP client for the reason {@code BotApi} gives: the token
 * must never become part of a Camel endpoint, and every error text is written without it.
 */
public final class GraphApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String apiUrl;
    private final String token;
    private final Duration timeout;

    public GraphApi(MetaChannelConfig channel) {
        String url = channel.apiUrl().toString();
        this.apiUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.token = channel.accessToken().reveal();
        this.timeout = channel.timeout();
        // the download URL Meta answers is on another host (lookaside.fbsbx.com): follow no redirects beyond it
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The medium's bytes, never more than {@code maxBytes} read; or a {@link GraphApiException} saying why not. */
    public FetchedMedia media(String mediaId, long maxBytes) {
        JsonNode info = describe(mediaId);
        String url = info.path("url").asText(null);
        if (url == null) {
            throw new GraphApiException("the Graph API gave no download URL for medium " + mediaId, true);
        }
        if (info.path("file_size").canConvertToLong() && info.path("file_size").asLong() > maxBytes) {
            throw new GraphApiException(tooLarge(info.path("file_size").asLong(), maxBytes), true);
        }
        String mimeType = info.path("mime_type").asText("application/octet-stream");
        return new FetchedMedia(mediaId, mimeType, download(url, maxBytes));
    }

    private JsonNode describe(String mediaId) {
        HttpRequest request = authorized(URI.create(apiUrl + "/" + URLEncoder.encode(mediaId, StandardCharsets.UTF_8)));
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                // 400 and 404: an unknown or expired medium (kept 30 days); asking again cannot help
                int status = response.statusCode();
                throw new GraphApiException("the Graph API answered HTTP " + status + " for medium " + mediaId
                        + errorOf(response.body()), status == 400 || status == 404);
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new GraphApiException("the Graph API could not be asked for medium " + mediaId + ": "
                    + withoutToken(e.toString()), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphApiException("interrupted", false);
        }
    }

    private byte[] download(String url, long maxBytes) {
        HttpRequest request;
        try {
            request = authorized(URI.create(url));
        } catch (IllegalArgumentException e) {
            throw new GraphApiException("the Graph API gave a download URL that is none", true);
        }
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new GraphApiException("the media download answered HTTP " + response.statusCode(), false);
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new GraphApiException(tooLarge(null, maxBytes), true);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new GraphApiException("the media download failed: " + withoutToken(e.toString()), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphApiException("interrupted", false);
        }
    }

    private HttpRequest authorized(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("Authorization", "Bearer " + token).GET().build();
    }

    private static String tooLarge(Long size, long maxBytes) {
        return "larger than the channel's maxMediaSize (" + (size == null ? "more than " + maxBytes : size)
                + " bytes, the limit is " + maxBytes + ")";
    }

    /** The Graph API's own words, {@code error.message}, when it gave them. */
    private String errorOf(byte[] body) {
        try {
            String message = JSON.readTree(body).path("error").path("message").asText("");
            return message.isEmpty() ? "" : ": " + withoutToken(message);
        } catch (IOException e) {
            return "";
        }
    }

    private String withoutToken(String text) {
        return text.replace(token, "<token>");
    }
}
