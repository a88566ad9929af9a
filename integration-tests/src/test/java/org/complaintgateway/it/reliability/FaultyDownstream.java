package org.complaintgateway.it.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.complaintgateway.it.support.LoopbackDownstream;

/**
 * The CRM the gateway delivers to, misbehaving on demand: it answers as the current {@link Mode} says, or is not there
 * at all during an {@link #outage()}. Every request it ever received is kept, across outages (a new server on the
 * same port), so that the run can count deliveries per Idempotency-Key, repeats included.
 */
final class FaultyDownstream implements AutoCloseable {

    /** How the downstream answers; the gateway's client times out after {@link #CLIENT_TIMEOUT_MS}. */
    enum Mode {
        HEALTHY(aResponse().withStatus(202)),
        SERVER_ERROR(aResponse().withStatus(500).withBody("{\"error\":\"internal\"}")),
        BAD_GATEWAY(aResponse().withStatus(502)),
        UNAVAILABLE(aResponse().withStatus(503).withHeader("Retry-After", "1")),
        RATE_LIMITED(aResponse().withStatus(429).withHeader("Retry-After", "1")),
        SLOWER_THAN_CLIENT(aResponse().withStatus(202).withFixedDelay(CLIENT_TIMEOUT_MS + 1500)),
        CONNECTION_RESET(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        EMPTY_RESPONSE(aResponse().withFault(Fault.EMPTY_RESPONSE)),
        MALFORMED_RESPONSE(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
        GARBAGE_THEN_CLOSE(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

        private final ResponseDefinitionBuilder answer;

        Mode(ResponseDefinitionBuilder answer) {
            this.answer = answer;
        }
    }

    static final int CLIENT_TIMEOUT_MS = 2000;
    private static final UUID STUB = UUID.randomUUID();

    private final int port;
    private final List<ServeEvent> beforeOutages = new ArrayList<>();
    private WireMockServer server;
    private Mode mode = Mode.HEALTHY;

    private FaultyDownstream() {
        this.server = LoopbackDownstream.start();
        this.port = server.port();
        server.stubFor(stubbed());
    }

    static FaultyDownstream start() {
        return new FaultyDownstream();
    }

    String url() {
        return LoopbackDownstream.url(port);
    }

    synchronized void answer(Mode next) {
        mode = next;
        if (server != null) {
            server.editStub(stubbed());
        }
    }

    synchronized Mode mode() {
        return server == null ? null : mode;
    }

    /** Gone: connections are refused until {@link #back()}. */
    synchronized void outage() {
        beforeOutages.addAll(server.getAllServeEvents());
        server.stop();
        server = null;
    }

    /** Back on the same port after an {@link #outage()}, answering as before it. */
    synchronized void back() {
        server = LoopbackDownstream.startOn(port);
        server.stubFor(stubbed());
    }

    /** Every request received so far, oldest first. */
    synchronized List<ServeEvent> requests() {
        List<ServeEvent> all = new ArrayList<>(beforeOutages);
        if (server != null) {
            all.addAll(server.getAllServeEvents());
        }
        all.sort(Comparator.comparing(event -> event.getRequest().getLoggedDate()));
        return all;
    }

    /** One stub, edited in place: replacing it would leave a moment with none, answered 404. */
    private MappingBuilder stubbed() {
        return post(urlEqualTo(LoopbackDownstream.PATH)).withId(STUB).willReturn(mode.answer);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
        }
    }
}
