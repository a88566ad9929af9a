package org.complaintgateway.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * The least a forwarder on the gateway's HTTP stack can do: Camel Main with camel-platform-http
 * (Vert.x) takes the POST and forwards its body with camel-http to the sink, no journal, no parsing.
 * It answers 202 after the sink answered (2xx), so a 202 means delivered, the closest match
 * to the gateway's "202 means journaled"; the 202 body's {@code id} is the client's Idempotency-Key,
 * which is also the key the sink sees.
 */
final class BaselineForwarder implements Target {

    private static final String KEY_PROPERTY = "benchIdempotencyKey";

    private final Main main;
    private final int port;

    private BaselineForwarder(Main main, int port) {
        this.main = main;
        this.port = port;
    }

    static BaselineForwarder start(URI sinkUrl, int clients) {
        int port = FreePort.find();
        Main main = new Main();
        main.addInitialProperty("camel.main.name", "baseline-forwarder");
        main.addInitialProperty("camel.main.routesCollectorEnabled", "false");
        main.addInitialProperty("camel.main.jmxEnabled", "false");
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", "127.0.0.1");
        main.addInitialProperty("camel.server.port", Integer.toString(port));
        // Every client may be forwarding at once: one pooled connection each, as the gateway sizes its pool.
        main.addInitialProperty("camel.component.http.connectionsPerRoute", Integer.toString(Math.max(20, clients)));
        main.addInitialProperty("camel.component.http.maxTotalConnections", Integer.toString(Math.max(200, clients)));
        main.configure().addRoutesBuilder(new ForwardRoute(sinkUrl));
        try {
            main.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the baseline forwarder", e);
        }
        return new BaselineForwarder(main, port);
    }

    @Override
    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/complaints");
    }

    @Override
    public Optional<LedgerCounts> ledger(long expectedForwarded, Duration timeout) {
        return Optional.empty();
    }

    @Override
    public void close() {
        main.stop();
    }

    /** POST in, the same body out to the sink, 202 back: also the footprint benchmark's {@link MinimalCamelApp}. */
    static final class ForwardRoute extends RouteBuilder {

        private final URI sinkUrl;

        ForwardRoute(URI sinkUrl) {
            this.sinkUrl = sinkUrl;
        }

        @Override
        public void configure() {
            from("platform-http:/api/v1/complaints?httpMethodRestrict=POST")
                    .routeId("baseline-forward")
                    .convertBodyTo(byte[].class)
                    .setProperty(KEY_PROPERTY, header("Idempotency-Key"))
                    // platform-http's request headers (CamelHttpUri, CamelHttpPath, ...) would redirect camel-http.
                    .removeHeaders("*", "Idempotency-Key")
                    .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                    .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                    .to(sinkUrl + "?throwExceptionOnFailure=false")
                    .process(ForwardRoute::answer);
        }

        private static void answer(Exchange exchange) {
            Message message = exchange.getMessage();
            Integer status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
            String key = exchange.getProperty(KEY_PROPERTY, String.class);
            boolean delivered = status != null && status >= 200 && status < 300;
            message.getHeaders().clear();
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, delivered ? 202 : 502);
            message.setHeader(Exchange.CONTENT_TYPE, "application/json");
            // The key is the harness's own ASCII token: no JSON escaping needed.
            message.setBody(delivered ? "{\"id\":\"" + key + "\",\"status\":\"accepted\"}" : "{\"error\":\"sink answered " + status + "\"}");
        }
    }
}
