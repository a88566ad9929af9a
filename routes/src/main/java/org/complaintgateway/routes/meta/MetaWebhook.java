package org.complaintgateway.routes.meta;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.complaintgateway.config.MetaChannelConfig;
import org.complaintgateway.config.MetaPlatform;
import org.complaintgateway.mappings.InboundEvent;
import org.complaintgateway.mappings.meta.MetaDeliveries;
import org.complaintgateway.mappings.meta.MetaMappingSettings;
import org.complaintgateway.routes.inbound.EventJournal;
import org.complaintgateway.routes.inbound.HmacSha256;
import org.complaintgateway.routes.inbound.JsonAnswer;
import org.complaintgateway.routes.inbound.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook of one WhatsApp, Messenger or Instagram channel (https://developers.facebook.com/docs/graph-api/webhooks).
 *
 * <p>{@code GET}: the subscription check. Meta sends {@code hub.mode=subscribe}, the verify token the admin typed into
 * the app's settings and a challenge; the challenge is echoed only for the configured token (compared in constant
 * time), else 403.
 *
 * <p>{@code POST}: a delivery of events, signed: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body
 * with the app secret>}, checked over the bytes as received, in constant time: 401 without it, 403 when it does not
 * match, and nothing is journaled. A signed delivery is split into its events (each message, each status), every one
 * journaled (WhatsApp media downloaded first) before the 200: Meta retries what is not answered 200, so a retry finds
 * the committed events and records DUPLICATEs. A delivery Meta could not have meant (unreadable, an unknown object)
 * is journaled as it came and quarantined, and answered 200: Meta disables webhooks that keep failing.
 */
public final class MetaWebhook implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(MetaWebhook.class);
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    private static final String SIGNATURE_PREFIX = "sha256=";

    private final MetaChannelConfig channel;
    private final EventJournal journal;
    private final MetaMappingSettings settings;
    private final Optional<WhatsAppMediaDownloads> media;

    public MetaWebhook(MetaChannelConfig channel, EventJournal journal) {
        this.channel = channel;
        this.journal = journal;
        this.settings = MetaMapping.settings(channel);
        this.media = channel.platform() != MetaPlatform.WHATSAPP ? Optional.empty()
                : Optional.of(new WhatsAppMediaDownloads(channel, new GraphApi(channel)));
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        if ("GET".equals(in.getHeader(Exchange.HTTP_METHOD, String.class))) {
            verifySubscription(in);
        } else {
            receive(in);
        }
    }

    /** {@code GET path?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…}. */
    private void verifySubscription(Message in) {
        String mode = in.getHeader("hub.mode", String.class);
        String token = in.getHeader("hub.verify_token", String.class);
        String challenge = in.getHeader("hub.challenge", String.class);
        in.removeHeaders("hub.*");
        if (!"subscribe".equals(mode) || challenge == null
                || !HmacSha256.sameSecret(token, channel.verifyToken().reveal())) {
            JsonAnswer.error(in, 403, "not a subscription check with this channel's verify token");
            return;
        }
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        in.setHeader(Exchange.CONTENT_TYPE, "text/plain");
        in.setBody(challenge.getBytes(StandardCharsets.UTF_8));
    }

    private void receive(Message in) {
        String signature = in.getHeader(SIGNATURE_HEADER, String.class);
        in.removeHeader(SIGNATURE_HEADER);
        Optional<byte[]> read = RequestBody.read(in, channel.maxBodyBytes());
        if (read.isEmpty()) {
            return;
        }
        byte[] body = read.get();
        if (signature == null) {
            JsonAnswer.error(in, 401, "missing " + SIGNATURE_HEADER);
            return;
        }
        if (!signature.startsWith(SIGNATURE_PREFIX) || !HmacSha256.matchesHex(signature.substring(SIGNATURE_PREFIX.length()),
                HmacSha256.of(channel.appSecret().reveal(), body))) {
            JsonAnswer.error(in, 403, SIGNATURE_HEADER + " does not match the body and the app secret");
            return;
        }
        List<InboundEvent> ready = new ArrayList<>();
        GraphApiException notReady = null;
        for (InboundEvent event : MetaDeliveries.split(body, settings)) {
            try {
                ready.add(media.isPresent() ? media.get().withMedia(event) : event);
            } catch (GraphApiException e) {
                notReady = e;
            }
        }
        journal.journalAndAnswer(in, ready);
        if (notReady != null && Integer.valueOf(200).equals(in.getHeader(Exchange.HTTP_RESPONSE_CODE))) {
            // the rest is journaled; Meta's retry brings the whole delivery again, and finds those as DUPLICATEs
            LOG.warn("Channel '{}': a medium could not be downloaded this time; Meta will deliver again: {}",
                    channel.id(), notReady.getMessage());
            JsonAnswer.error(in, 500, "a medium could not be downloaded this time");
        }
    }
}
