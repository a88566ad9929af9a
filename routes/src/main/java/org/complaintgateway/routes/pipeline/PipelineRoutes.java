package org.complaintgateway.routes.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.camel.builder.RouteBuilder;
import org.complaintgateway.routes.delivery.DeliveryProcessor;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.Store;

/**
 * The stages after the journal: normalize → outbox → delivery, with two sweepers that make the
 * in-memory hand-offs safe to lose: one re-feeds messages left RECEIVED (a crash between journal
 * and normalize), the other claims outbox items that are due (retries, and a crash mid-delivery);
 * and an hourly purge of expired dedupe keys.
 */
public final class PipelineRoutes extends RouteBuilder {

    private static final int NORMALIZE_CONSUMERS = 4;

    /** A message RECEIVED longer than this was dropped between stages (crash or full queue) and is normalized again. */
    static final Duration ORPHAN_AFTER = Duration.ofSeconds(30);
    private static final int SWEEP_BATCH = 200;

    private final Store store;
    private final Normalizer normalizer;
    private final DeliveryProcessor delivery;
    private final Clock clock;
    private final int deliveryConcurrency;
    private final Duration lease;
    private final DeliverySlots slots;

    public PipelineRoutes(Store store, Normalizer normalizer, DeliveryProcessor delivery, Clock clock,
                          int deliveryConcurrency, Duration deliveryTimeout, DeliverySlots slots) {
        this.slots = slots;
        this.store = store;
        this.normalizer = normalizer;
        this.delivery = delivery;
        this.clock = clock;
        this.deliveryConcurrency = deliveryConcurrency;
        this.lease = leaseFor(deliveryTimeout);
    }

    /** A claim outlives one attempt by a margin, so a slow attempt is not delivered twice in parallel. */
    public static Duration leaseFor(Duration deliveryTimeout) {
        return deliveryTimeout.multipliedBy(3).plusSeconds(30);
    }

    @Override
    public void configure() {
        from(PipelineEndpoints.NORMALIZE + "?concurrentConsumers=" + NORMALIZE_CONSUMERS + "&size=100000")
                .routeId("pipeline-normalize")
                .routeConfigurationId("pipeline-errors")
                .process(exchange -> exchange.getIn().setBody(
                        normalizer.normalize(exchange.getIn().getBody(JournalEntry.class)).orElse(null)))
                .filter(body().isNotNull())
                .to(PipelineEndpoints.DELIVER);

        from(PipelineEndpoints.DELIVER + "?concurrentConsumers=" + deliveryConcurrency + "&size=100000")
                .routeId("pipeline-deliver")
                .routeConfigurationId("pipeline-errors")
                .process(new DeliveryStep(delivery, slots));

        from("timer:outbox-sweep?period=1000&delay=0")
                .routeId("pipeline-outbox-sweep")
                .routeConfigurationId("pipeline-errors")
                .process(exchange -> exchange.getIn().setBody(store.claimDue(clock.instant(), SWEEP_BATCH, lease)))
                .split(body())
                .to(PipelineEndpoints.DELIVER);

        from("timer:orphan-sweep?period=10000&delay=0")
                .routeId("pipeline-orphan-sweep")
                .routeConfigurationId("pipeline-errors")
                .process(exchange -> exchange.getIn().setBody(orphans()))
                .split(body())
                .to(PipelineEndpoints.NORMALIZE);

        from("timer:dedupe-purge?period=3600000&delay=60000")
                .routeId("pipeline-dedupe-purge")
                .routeConfigurationId("pipeline-errors")
                .process(exchange -> store.purgeExpiredDedupeKeys(clock.instant()));
    }

    private List<JournalEntry> orphans() {
        return store.inFlight(LedgerState.RECEIVED, clock.instant().minus(ORPHAN_AFTER), SWEEP_BATCH).stream()
                .map(store::find)
                .flatMap(Optional::stream)
                .toList();
    }
}
