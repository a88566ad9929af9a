package org.complaintgateway.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.component.seda.SedaEndpoint;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.complaintgateway.config.ChannelConfig;
import org.complaintgateway.config.DemoMailboxSettings;
import org.complaintgateway.config.DownstreamSettings;
import org.complaintgateway.config.DownstreamType;
import org.complaintgateway.config.EmailChannelConfig;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.config.GatewaySettings;
import org.complaintgateway.config.TelegramChannelConfig;
import org.complaintgateway.config.TelegramMode;
import org.complaintgateway.config.WebformChannelConfig;
import org.complaintgateway.mappings.webform.WebformMapper;
import org.complaintgateway.routes.delivery.DeliveryProcessor;
import org.complaintgateway.routes.delivery.Downstream;
import org.complaintgateway.routes.delivery.HttpDownstream;
import org.complaintgateway.routes.delivery.LocalDownstream;
import org.complaintgateway.routes.delivery.RetryPolicy;
import org.complaintgateway.routes.email.EmailChannelRoute;
import org.complaintgateway.routes.email.EmailIntake;
import org.complaintgateway.routes.email.EmailMapping;
import org.complaintgateway.routes.pipeline.ChannelMapper;
import org.complaintgateway.routes.pipeline.DeliverySlots;
import org.complaintgateway.routes.pipeline.Normalizer;
import org.complaintgateway.routes.pipeline.PipelineEndpoints;
import org.complaintgateway.routes.pipeline.PipelineErrorHandling;
import org.complaintgateway.routes.pipeline.PipelineRoutes;
import org.complaintgateway.routes.inbound.WebhookRoute;
import org.complaintgateway.routes.replies.ReplyApi;
import org.complaintgateway.routes.pipeline.JournalingIntake;
import org.complaintgateway.routes.store.OutboxItem;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.telegram.BotApi;
import org.complaintgateway.routes.telegram.TelegramHealth;
import org.complaintgateway.routes.telegram.TelegramIntake;
import org.complaintgateway.routes.telegram.TelegramMapping;
import org.complaintgateway.routes.telegram.TelegramMergeRoute;
import org.complaintgateway.routes.telegram.TelegramMerger;
import org.complaintgateway.routes.telegram.TelegramPolling;
import org.complaintgateway.routes.telegram.TelegramWebhook;
import org.complaintgateway.routes.webform.WebformEndpoint;
import org.complaintgateway.routes.webform.WebformIntake;
import org.complaintgateway.routes.webform.WebformRouteTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires a validated config and an open store into a Camel Main: servers, channels, pipeline, health. */
final class GatewayAssembly {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayAssembly.class);
    private static final long SERVER_BODY_SLACK_BYTES = 1024 * 1024;
    /**
     * Accepted complaints that may wait per delivery worker: enough that the ledger writer commits several together
     * (16 rather than 4: a Telegram drain went from about 800 to 980 updates/s, JSON ingestion from about 1,500 to
     * 1,880 complaints/s, because each commit then carries more), few enough that each waits only milliseconds.
     */
    private static final int SLOTS_PER_DELIVERY_WORKER = 16;

    private GatewayAssembly() {
    }

    static Main assemble(GatewayConfig config, Store store, Clock clock) {
        Main main = new Main();
        configureServers(main, config);
        DownstreamSettings downstream = config.downstream();
        String prefix = config.gateway().protocolPrefix();
        AttachmentLinking attachmentLinking = AttachmentLinking.of(config);
        Map<String, EmailMapping> emailMappings = mappingsOf(config, EmailChannelConfig.class,
                email -> new EmailMapping(email, prefix, store, attachmentLinking.links()));
        Map<String, TelegramMapping> telegramMappings = mappingsOf(config, TelegramChannelConfig.class,
                telegram -> new TelegramMapping(telegram, prefix, store));
        Normalizer normalizer = new Normalizer(store, mappers(config, emailMappings, telegramMappings),
                PipelineRoutes.leaseFor(downstream.timeout()));
        AtomicReference<ProducerTemplate> producer = new AtomicReference<>();
        AtomicReference<SedaEndpoint> deliverQueue = new AtomicReference<>();
        DeliverySlots slots = new DeliverySlots(SLOTS_PER_DELIVERY_WORKER * downstream.concurrency());
        Consumer<OutboxItem> deliver = item -> handOff(producer.get(), deliverQueue.get(), slots, item);
        JournalingIntake polling = new JournalingIntake(store, normalizer, deliver, slots,
                JournalingIntake.POLLER_SLOT_PATIENCE);
        JournalingIntake webhooks = new JournalingIntake(store, normalizer, deliver, slots, Duration.ZERO);
        for (ChannelConfig channel : config.channels()) {
            if (channel instanceof WebformChannelConfig web) {
                main.bind(WebformRouteTemplates.endpointBeanName(web.id()),
                        new WebformEndpoint(new WebformIntake(web, store, normalizer, deliver, slots), clock));
            }
            if (channel instanceof EmailChannelConfig email) {
                main.configure().addRoutesBuilder(new EmailChannelRoute(email,
                        new EmailIntake(email, store, emailMappings.get(email.id()), polling)));
            }
            if (channel instanceof TelegramChannelConfig telegram) {
                addTelegramBot(main, telegram, store, telegramMappings.get(telegram.id()), polling, clock);
            }
            WebhookChannels.route(channel, webhooks, clock).ifPresent(main.configure()::addRoutesBuilder);
        }
        attachmentLinking.addRoute(main, store, emailMappings);
        main.configure().addRoutesBuilder(new PipelineErrorHandling());
        main.configure().addRoutesBuilder(new WebformRouteTemplates());
        main.configure().addRoutesBuilder(new ChannelRoutes(config.channels()));
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                CamelContext context = configured.getCamelContext();
                if (config.demoMailbox() != null) {
                    addDemoMailbox(context, config.demoMailbox());
                }
                configureHttpClient(context, downstream);
                ProducerTemplate template = context.createProducerTemplate();
                producer.set(template);
                deliverQueue.set(context.getEndpoint(PipelineEndpoints.DELIVER, SedaEndpoint.class));
                Downstream target = downstream.type() == DownstreamType.LOCAL
                        ? new LocalDownstream(downstream.directory())
                        : new HttpDownstream(template, downstream, clock);
                DeliveryProcessor delivery = new DeliveryProcessor(store, target, RetryPolicy.of(downstream), clock);
                try {
                    context.addRoutes(new PipelineRoutes(store, normalizer, delivery, clock,
                            downstream.concurrency(), downstream.timeout(), slots));
                    OutboundAssembly.add(context, config, store, clock);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot add the pipeline routes", e);
                }
                HealthCheckRegistry.get(context).register(new StoreHealthCheck(store));
            }
        });
        return main;
    }

    private static void configureServers(Main main, GatewayConfig config) {
        GatewaySettings gateway = config.gateway();
        // The server's own limit answers with a bare 413; leave room above every channel's limit, so that the
        // channel refuses first, with its own answer (JSON or the refusal page).
        long maxBody = config.channels().stream()
                .mapToLong(c -> c instanceof WebformChannelConfig web ? web.maxBodyBytes() : WebhookChannels.maxBodyBytes(c))
                .max().orElse(0) + SERVER_BODY_SLACK_BYTES;
        main.addInitialProperty("camel.main.name", "complaint-gateway");
        main.addInitialProperty("camel.main.routesCollectorEnabled", "false");
        main.addInitialProperty("camel.main.jmxEnabled", "false");
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", gateway.host());
        main.addInitialProperty("camel.server.port", Integer.toString(gateway.port()));
        main.addInitialProperty("camel.server.maxBodySize", Long.toString(maxBody));
        main.addInitialProperty("camel.server.fileUploadDirectory", gateway.dataDir().resolve("uploads").toString());
        main.addInitialProperty("camel.management.enabled", "true");
        main.addInitialProperty("camel.management.host", gateway.host());
        main.addInitialProperty("camel.management.port", Integer.toString(gateway.managementPort()));
        main.addInitialProperty("camel.management.healthCheckEnabled", "true");
        main.addInitialProperty("camel.health.exposureLevel", "full");
    }

    /**
     * A polling bot is a service of the context, added once the context has started and stopped with it; its health
     * is DOWN until the first getUpdates answers. A webhook bot is a route on its path. Either has a route that ends
     * its merge windows.
     */
    private static void addTelegramBot(Main main, TelegramChannelConfig telegram, Store store, TelegramMapping mapping,
                                       JournalingIntake polling, Clock clock) {
        BotApi api = new BotApi(telegram);
        TelegramIntake intake = new TelegramIntake(telegram, api, store, mapping, polling);
        TelegramHealth health = new TelegramHealth(telegram.id());
        // also with no merge window: messages left waiting by an earlier config must not be stranded
        main.configure().addRoutesBuilder(new TelegramMergeRoute(telegram.id(),
                new TelegramMerger(telegram, store, mapping, intake, polling, clock)));
        if (telegram.mode() == TelegramMode.WEBHOOK) {
            main.configure().addRoutesBuilder(new WebhookRoute("telegram-" + telegram.id() + "-webhook",
                    telegram.path(), "POST", new TelegramWebhook(telegram, intake)::receive));
            health.up(); // Telegram calls us: nothing to poll, nothing to be DOWN about
        }
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                CamelContext context = configured.getCamelContext();
                HealthCheckRegistry.get(context).register(health);
                if (telegram.mode() == TelegramMode.POLLING) {
                    pollOnceStarted(context, new TelegramPolling(telegram, api, store, intake, health));
                }
            }
        });
    }

    /** Starts {@code polling} once the context has started, so that its first update finds delivery running. */
    private static void pollOnceStarted(CamelContext context, TelegramPolling polling) {
        try {
            context.addStartupListener(new ExtendedStartupListener() {
                @Override
                public void onCamelContextStarted(CamelContext started, boolean alreadyStarted) {
                    // routes are not running yet
                }

                @Override
                public void onCamelContextFullyStarted(CamelContext started, boolean alreadyStarted) throws Exception {
                    started.addService(polling, true, true);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot schedule Telegram polling", e);
        }
    }

    /** A service of the context: it starts before the routes (the channel polling it) and stops after them. */
    private static void addDemoMailbox(CamelContext context, DemoMailboxSettings settings) {
        try {
            context.addService(new DemoMailbox(settings), true, true);
        } catch (Exception e) {
            throw new IllegalStateException("cannot add the demo mailbox", e);
        }
    }

    /** The downstream's timeout bounds each attempt: connecting, waiting for the answer, reading it. */
    private static void configureHttpClient(CamelContext context, DownstreamSettings downstream) {
        int millis = (int) downstream.timeout().toMillis();
        for (String scheme : new String[] {"http", "https"}) {
            HttpComponent http = context.getComponent(scheme, HttpComponent.class);
            http.setConnectTimeout(millis);
            http.setConnectionRequestTimeout(millis);
            http.setResponseTimeout(millis);
            http.setSoTimeout(millis);
            http.setConnectionsPerRoute(Math.max(20, downstream.concurrency() * 2));
        }
    }

    /** One mapper per configured channel: a pure function of the journaled bytes (and, for e-mail, the store's threads). */
    private static Map<String, ChannelMapper> mappers(GatewayConfig config, Map<String, EmailMapping> emailMappings,
                                                      Map<String, TelegramMapping> telegramMappings) {
        Map<String, ChannelMapper> mappers = new HashMap<>();
        for (ChannelConfig channel : config.channels()) {
            if (channel instanceof WebformChannelConfig web) {
                mappers.put(web.id(), entry -> WebformMapper.map(entry.raw(), entry.identity(), web.id(), web.minFillTime()));
            }
        }
        emailMappings.forEach((id, mapping) -> mappers.put(id, mapping.mapper()));
        telegramMappings.forEach((id, mapping) -> mappers.put(id, mapping.mapper()));
        config.channels().forEach(channel -> WebhookChannels.mapper(channel).ifPresent(m -> mappers.put(channel.id(), m)));
        return mappers;
    }

    /** One mapping per channel of type {@code type}, by channel id. */
    private static <C extends ChannelConfig, M> Map<String, M> mappingsOf(GatewayConfig config, Class<C> type,
                                                                        Function<C, M> mapping) {
        Map<String, M> mappings = new HashMap<>();
        config.channels().stream().filter(type::isInstance).map(type::cast)
                .forEach(channel -> mappings.put(channel.id(), mapping.apply(channel)));
        return mappings;
    }

    /** After the commit; a full queue or a stopping context drops only the hand-off: the outbox sweeper delivers it after the lease. */
    private static void handOff(ProducerTemplate producer, SedaEndpoint deliverQueue, DeliverySlots slots, OutboxItem item) {
        try {
            producer.sendBodyAndHeader(deliverQueue, item, PipelineEndpoints.HOLDS_SLOT, true);
        } catch (RuntimeException e) {
            slots.giveBack();
            LOG.warn("Hand-off of {} to delivery failed ({}); the outbox sweeper will deliver it", item.id(), e.getMessage());
        }
    }}
