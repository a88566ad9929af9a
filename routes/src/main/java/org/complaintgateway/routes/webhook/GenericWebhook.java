package org.complaintgateway.routes.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.complaintgateway.config.WebhookAuth;
import org.complaintgateway.config.WebhookChannelConfig;
import org.complaintgateway.config.SignatureEncoding;
import org.complaintgateway.mappings.webhook.WebhookMapper;
import org.complaintgateway.mappings.webhook.WebhookMappingSettings;
import org.complaintgateway.routes.inbound.EventJournal;
import org.complaintgateway.routes.inbound.HmacSha256;
import org.complaintgateway.routes.inbound.JsonAnswer;
import org.complaintgateway.routes.inbound.RequestBody;
import org.complaintgateway.routes.store.AppendOutcome;

/**
 * The path of one generic webhook channel: any source that POSTs JSON. Each request proves where it comes from, by an
 * HMAC-SHA256 of the raw body in a header of the admin's choosing (checked over the bytes as received, in constant
 * time) or by a bearer token: 401 when the proof is missing, 403 when it is wrong, and nothing is journaled. A request
 * is journaled before the 200, which names the complaint's id and protocol number (those of the first request, for a
 * retry: it is recorded as a DUPLICATE of it). A body the channel's fields do not find a complaint in is journaled
 * and quarantined with the reason, and answered 200 too: sending it again cannot make it better.
 */
public final class GenericWebhook implements Processor {

    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "Bearer ";

    private final WebhookChannelConfig channel;
    private final EventJournal journal;
    private final WebhookMappingSettings settings;

    public GenericWebhook(WebhookChannelConfig channel, EventJournal journal) {
        this.channel = channel;
        this.journal = journal;
        this.settings = WebhookMapping.settings(channel);
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        String proof = in.getHeader(proofHeader(), String.class);
        in.removeHeader(proofHeader());
        Optional<byte[]> read = RequestBody.read(in, channel.maxBodyBytes());
        if (read.isEmpty()) {
            return;
        }
        byte[] body = read.get();
        if (proof == null) {
            JsonAnswer.error(in, 401, "missing " + proofHeader());
            return;
        }
        if (!authentic(proof, body)) {
            JsonAnswer.error(in, 403, proofHeader() + " does not prove this channel's " + (channel.auth()
                    instanceof WebhookAuth.Hmac ? "signature" : "token"));
            return;
        }
        journal.journalAndAnswer(in, List.of(WebhookMapper.event(body, settings)), GenericWebhook::identified);
    }

    private String proofHeader() {
        return channel.auth() instanceof WebhookAuth.Hmac hmac ? hmac.header() : AUTHORIZATION;
    }

    private boolean authentic(String proof, byte[] body) {
        if (channel.auth() instanceof WebhookAuth.Hmac hmac) {
            if (!proof.startsWith(hmac.prefix())) {
                return false;
            }
            String signature = proof.substring(hmac.prefix().length());
            byte[] expected = HmacSha256.of(hmac.secret().reveal(), body);
            return hmac.encoding() == SignatureEncoding.HEX ? HmacSha256.matchesHex(signature, expected)
                    : HmacSha256.matchesBase64(signature, expected);
        }
        WebhookAuth.Bearer bearer = (WebhookAuth.Bearer) channel.auth();
        return proof.startsWith(BEARER)
                && HmacSha256.sameSecret(proof.substring(BEARER.length()).strip(), bearer.token().reveal());
    }

    /** What the sender can quote when it asks about the complaint later. */
    private static Map<String, ?> identified(List<AppendOutcome> outcomes) {
        Map<String, Object> fields = new LinkedHashMap<>();
        AppendOutcome outcome = outcomes.get(0);
        fields.put("id", outcome.entry().id());
        fields.put("protocolNumber", outcome.entry().protocolNumber());
        fields.put("duplicate", outcome.duplicate());
        return fields;
    }
}
