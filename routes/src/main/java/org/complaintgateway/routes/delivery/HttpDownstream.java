package org.complaintgateway.routes.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.complaintgateway.config.DownstreamAuth;
import org.complaintgateway.config.DownstreamSettings;
import org.complaintgateway.routes.store.OutboxItem;

/**
 * POSTs the canonical JSON to {@code downstream.url} through camel-http, with the complaint id as
 * {@code Idempotency-Key} (so a repeated delivery after a crash is recognisable), the signature and
 * the configured authentication. Answers are classified by {@link ResponseClassifier}.
 */
public final class HttpDownstream implements Downstream {

    private static final int KEPT_RESPONSE_CHARS = 4096;

    private final ProducerTemplate producer;
    private final Endpoint endpoint;
    private final DownstreamAuth auth;
    private final DownstreamSigner signer;
    private final Clock clock;

    public HttpDownstream(ProducerTemplate producer, DownstreamSettings settings, Clock clock) {
        this.producer = producer;
        String url = settings.url().toString();
        // The method on the endpoint, not in a CamelHttpMethod header: camel-http converts that header's String to its
        // enum on every request, by a type-converter lookup that misses its cache each time (3.5 % of the CPU of a busy
        // gateway, in JFR).
        String endpointUri = url + (url.contains("?") ? "&" : "?") + "throwExceptionOnFailure=false&httpMethod=POST";
        // resolved once: sending to the URI string normalizes it and looks the endpoint up again on every request
        this.endpoint = producer.getCamelContext().getEndpoint(endpointUri);
        this.auth = settings.auth() == null ? new DownstreamAuth.None() : settings.auth();
        this.signer = settings.signingSecret() == null ? null : new DownstreamSigner(settings.signingSecret().reveal());
        this.clock = clock;
    }

    @Override
    public DeliveryOutcome send(OutboxItem item) {
        Exchange answer = producer.send(endpoint, exchange -> prepare(exchange.getIn(), item));
        if (answer.getException() != null) {
            Throwable e = answer.getException();
            return new DeliveryOutcome.Retry("cannot reach downstream: " + e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
        Message response = answer.getMessage();
        Integer status = response.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (status == null) {
            return new DeliveryOutcome.Retry("downstream gave no HTTP status", null);
        }
        return ResponseClassifier.classify(status, response.getHeader("Retry-After", String.class),
                () -> abbreviate(response.getBody(String.class)), clock.instant());
    }

    private void prepare(Message request, OutboxItem item) {
        request.setBody(item.payload());
        request.setHeader(Exchange.CONTENT_TYPE, "application/json");
        request.setHeader("Idempotency-Key", item.id());
        request.setHeader("X-Protocol-Number", item.protocolNumber());
        if (signer != null) {
            long timestamp = clock.instant().getEpochSecond();
            request.setHeader(DownstreamSigner.TIMESTAMP_HEADER, Long.toString(timestamp));
            request.setHeader(DownstreamSigner.SIGNATURE_HEADER, signer.sign(timestamp, item.payload()));
        }
        if (auth instanceof DownstreamAuth.Bearer bearer) {
            request.setHeader("Authorization", "Bearer " + bearer.token().reveal());
        } else if (auth instanceof DownstreamAuth.Basic basic) {
            String pair = basic.user() + ":" + basic.password().reveal();
            request.setHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        } else if (auth instanceof DownstreamAuth.Header header) {
            request.setHeader(header.name(), header.value().reveal());
        }
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= KEPT_RESPONSE_CHARS ? body : body.substring(0, KEPT_RESPONSE_CHARS);
    }
}
