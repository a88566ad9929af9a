package org.complaintgateway.routes.outbound;

import java.time.Clock;
import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.complaintgateway.routes.store.OutboundMessage;
import org.complaintgateway.routes.store.OutboundStore;

/**
 * The outbound sweeper: every second it claims the due outbound messages (new ones and retries alike) and sends them,
 * a few at a time. A claim is a lease: a gateway that dies while sending lets it run out, and the message is sent by
 * whichever gateway claims it next, so a message may be sent twice in that case, never lost.
 */
public final class OutboundRoutes extends RouteBuilder {

    /** Longer than any provider call takes (their timeouts are seconds), so a live sender is never overtaken. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;
    private static final int SENDERS = 4;

    private final OutboundStore store;
    private final OutboundDispatcher dispatcher;
    private final Clock clock;

    public OutboundRoutes(OutboundStore store, OutboundDispatcher dispatcher, Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public void configure() {
        from("timer:outbound-sweep?period=1000&delay=0")
                .routeId("outbound-sweep")
                .routeConfigurationId("pipeline-errors")
                .process(exchange -> exchange.getIn().setBody(store.claimDue(clock.instant(), BATCH, LEASE)))
                .split(body()).parallelProcessing().executorService(
                        getContext().getExecutorServiceManager().newFixedThreadPool(this, "outbound-send", SENDERS))
                .process(exchange -> dispatcher.dispatch(exchange.getIn().getBody(OutboundMessage.class)));
    }
}
