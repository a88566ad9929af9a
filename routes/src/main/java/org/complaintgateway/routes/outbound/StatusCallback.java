package org.complaintgateway.routes.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.complaintgateway.routes.delivery.DownstreamSigner;
import org.complaintgateway.routes.store.OutboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the downstream that an outbound message ended SENT or FAILED: {@code POST callbackUrl} with its status (as
 * the reply API's GET shows it), signed as deliveries are ({@code X-Gateway-Timestamp}, {@code X-Gateway-Signature}).
 * One attempt, not retried: the reply API's GET is the record, the callback only saves the downstream from polling it.
 */
public final class StatusCallback {

    private static final Logger LOG = LoggerFactory.getLogger(StatusCallback.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final DownstreamSigner signer;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    public StatusCallback(URI url, DownstreamSigner signer, Duration timeout, Clock clock) {
        this.url = url;
        this.signer = signer;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public void report(OutboundMessage message) {
        try {
            byte[] body = JSON.writeValueAsBytes(OutboundStatus.of(message));
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header(DownstreamSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(DownstreamSigner.SIGNATURE_HEADER, signer.sign(timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                LOG.warn("The status callback for outbound {} was answered {}", message.id(), status);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            LOG.warn("The status callback for outbound {} failed: {}", message.id(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
