package org.complaintgateway.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.complaintgateway.config.ChannelConfig;
import org.complaintgateway.config.EmailChannelConfig;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.config.RepliesSettings;
import org.complaintgateway.routes.acknowledgments.AcknowledgmentRoutes;
import org.complaintgateway.routes.acknowledgments.Acknowledger;
import org.complaintgateway.routes.delivery.DownstreamSigner;
import org.complaintgateway.routes.delivery.RetryPolicy;
import org.complaintgateway.routes.outbound.OutboundDispatcher;
import org.complaintgateway.routes.outbound.OutboundRoutes;
import org.complaintgateway.routes.outbound.ReplySender;
import org.complaintgateway.routes.outbound.StatusCallback;
import org.complaintgateway.routes.replies.ReplyApi;
import org.complaintgateway.routes.replies.ReplyApiRoutes;
import org.complaintgateway.routes.store.Store;

/** Wires what the gateway sends to customers: the outbound sweeper, the reply API and the acknowledgments. */
final class OutboundAssembly {

    private OutboundAssembly() {
    }

    /**
     * The outbound sweeper always runs (a message queued under an earlier config is still sent); the reply API only
     * with a {@code replies} section, acknowledgments only with an {@code acknowledgments} section.
     */
    static void add(CamelContext context, GatewayConfig config, Store store, Clock clock) throws Exception {
        Map<String, ReplySender> senders = ReplySenders.of(config.channels());
        RepliesSettings replies = config.replies();
        RetryPolicy retries = replies == null ? OutboundDispatcher.retryPolicy(8, Duration.ofSeconds(2), Duration.ofMinutes(5))
                : OutboundDispatcher.retryPolicy(replies.maxAttempts(), replies.initialBackoff(), replies.maxBackoff());
        Optional<StatusCallback> callback = replies == null || replies.callbackUrl() == null ? Optional.empty()
                : Optional.of(new StatusCallback(replies.callbackUrl(),
                        new DownstreamSigner(config.downstream().signingSecret().reveal()), config.downstream().timeout(),
                        clock));
        context.addRoutes(new OutboundRoutes(store.outbound(),
                new OutboundDispatcher(store.outbound(), senders, retries, callback, clock), clock));
        if (replies != null) {
            context.addRoutes(new ReplyApiRoutes(new ReplyApi(store, replies, senders.keySet(), clock)));
        }
        if (config.acknowledgments() != null) {
            context.addRoutes(new AcknowledgmentRoutes(new Acknowledger(store, config.acknowledgments(),
                    ownAddresses(config), clock)));
        }
    }

    /** By e-mail channel: the addresses that are ours, in lower case, which are never acknowledged. */
    private static Map<String, Set<String>> ownAddresses(GatewayConfig config) {
        Map<String, Set<String>> own = new HashMap<>();
        for (ChannelConfig channel : config.channels()) {
            if (channel instanceof EmailChannelConfig email) {
                own.put(email.id(), email.ownAddresses().stream().map(address -> address.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet()));
            }
        }
        return own;
    }
}
