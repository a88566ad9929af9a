package org.complaintgateway.mappings.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.InboundEvent;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.Sha256;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.ReplyHint;
import org.complaintgateway.mappings.text.EmailAddressSyntax;
import org.complaintgateway.mappings.text.SingleLine;

/**
 * A generic JSON webhook: each request is one complaint, its parts picked out of the body by the channel's JSON
 * Pointers. The source's id keys the event, so a resent request is a duplicate. Pure: same bytes and settings, same
 * result.
 */
public final class WebhookMapper {

    static final String HTML_CONVERTED = "htmlConverted";

    private WebhookMapper() {
    }

    /**
     * The request as one event to journal, keyed "id:" + the source's id; a body that is not JSON or has no id is
     * keyed by its SHA-256 instead, so that only the very same bytes count as a resend. Never throws.
     */
    public static InboundEvent event(byte[] body, WebhookMappingSettings settings) {
        byte[] raw = body == null ? new byte[0] : body;
        try {
            String externalId = WebhookJson.scalar(WebhookJson.parse(raw), settings.externalId());
            if (externalId != null) {
                return new InboundEvent(externalId, "id:" + externalId, raw);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // Not JSON: journaled all the same, by its bytes; mapping quarantines it with the reason.
        }
        return new InboundEvent(null, "body:" + Sha256.hex(raw), raw);
    }

    /** Never throws: a body without id or text is quarantined, with the pointer that found nothing. */
    public static MappingResult map(byte[] raw, Identity identity, WebhookMappingSettings settings) {
        try {
            JsonNode body = WebhookJson.parse(raw);
            String externalId = WebhookJson.scalar(body, settings.externalId());
            if (externalId == null) {
                return new MappingResult.Quarantined("no external id at " + settings.externalId());
            }
            String given = WebhookJson.scalar(body, settings.text());
            String text = given == null ? "" : WebhookText.plain(given);
            if (text.isEmpty()) {
                return new MappingResult.Quarantined("no text at " + settings.text());
            }
            List<String> flags = WebhookText.isHtml(given) ? List.of(HTML_CONVERTED) : List.of();
            return new MappingResult.Mapped(complaint(body, externalId, text, flags, identity, settings));
        } catch (UnreadableWebhookBody e) {
            return new MappingResult.Quarantined("not JSON: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new MappingResult.Quarantined("mapping failed: " + e.getClass().getSimpleName());
        }
    }

    private static Complaint complaint(JsonNode body, String externalId, String text, List<String> flags,
                                       Identity identity, WebhookMappingSettings settings) {
        String replyTo = singleLine(body, settings.replyTo());
        return new Complaint(
                Complaint.SCHEMA_VERSION,
                identity.complaintId(),
                identity.protocolNumber(),
                identity.receivedAt(),
                new ChannelRef(ChannelType.WEBHOOK, settings.channelId(), externalId, null),
                new Customer(singleLine(body, settings.customerName()), email(body, settings.email()),
                        singleLine(body, settings.phone()), null, null),
                singleLine(body, settings.subject()),
                text,
                null,
                null,
                null,
                List.of(),
                null,
                new ReplyHint.Webhook(settings.channelId(), replyTo),
                null,
                flags);
    }

    private static String singleLine(JsonNode body, String pointer) {
        return SingleLine.clean(WebhookJson.scalar(body, pointer));
    }

    /**
     * The address when it is one a reply can be sent to, else null: the complaint still counts, and a CRM must not
     * try to write to "n/a". (The schema has no flag for a dropped address yet.)
     */
    private static String email(JsonNode body, String pointer) {
        String address = singleLine(body, pointer);
        return EmailAddressSyntax.isValid(address) ? address : null;
    }
}
