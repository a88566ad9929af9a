package org.complaintgateway.mappings.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.ReplyHint;
import org.complaintgateway.mappings.text.LocationText;
import org.complaintgateway.mappings.text.SingleLine;

/**
 * A WhatsApp Cloud API event as a complaint: a message becomes one (its words, its medium, its place), a status of a
 * message we sent is ignored with the status. Throws {@link UnreadableEvent} when a field we rely on is missing.
 */
final class WhatsAppMapper {

    /** "Businesses have 24 hours to respond to a user message" with any message, after that only with templates. */
    static final Duration SERVICE_WINDOW = Duration.ofHours(24);

    private WhatsAppMapper() {
    }

    /** Ignored("status: sent"), or for a failed message "status: failed (the error's title)". */
    static MappingResult status(MetaEvent event) {
        JsonNode status = event.item();
        String state = MetaText.oneLine(MetaFields.textOrNull(status.get("status")), 40);
        String reason = "status: " + (state == null ? "unknown" : state);
        String errorTitle = MetaText.oneLine(MetaFields.textOrNull(status.path("errors").path(0).get("title")), 120);
        return new MappingResult.Ignored(errorTitle == null ? reason : reason + " (" + errorTitle + ")");
    }

    static MappingResult message(MetaEvent event, Identity identity, MetaMappingSettings settings) {
        JsonNode message = event.item();
        String wamid = MetaFields.requiredText(message.get("id"), "message.id");
        String waId = SingleLine.clean(MetaFields.requiredText(message.get("from"), "message.from"));
        if (waId == null) {
            throw new UnreadableEvent("message.from missing");
        }
        String type = MetaFields.requiredText(message.get("type"), "message.type");
        if (event.metadata() == null) {
            throw new UnreadableEvent("metadata missing");
        }
        String phoneNumberId = MetaFields.requiredId(event.metadata().get("phone_number_id"), "metadata.phone_number_id");

        WhatsAppContent.Read read = WhatsAppContent.read(message, type);
        if (read instanceof WhatsAppContent.Unsupported unsupported) {
            return new MappingResult.Ignored("unsupported-type: " + MetaText.oneLine(unsupported.type(), 60));
        }
        WhatsAppContent.Said said = (WhatsAppContent.Said) read;
        List<String> paragraphs = new ArrayList<>();
        if (!said.words().isEmpty()) {
            paragraphs.add(said.words());
        } else if (said.medium() != null) {
            paragraphs.add(WhatsAppContent.placeholder(type, message));
        }
        if (said.place() != null) {
            paragraphs.add(LocationText.describe(said.place()));
        }
        List<Attachment> attachments = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        if (said.medium() != null) {
            WhatsAppAttachments.Kept kept = WhatsAppAttachments.collect(said.medium(), type, event);
            if (kept.attachment() != null) {
                attachments.add(kept.attachment());
            } else {
                paragraphs.add(kept.droppedLine());
                flags.add(MetaMapper.ATTACHMENTS_DROPPED);
            }
        }
        String text = String.join("\n\n", paragraphs);
        if (text.isEmpty()) {
            return new MappingResult.Ignored("no-content");
        }
        return new MappingResult.Mapped(new Complaint(
                Complaint.SCHEMA_VERSION,
                identity.complaintId(),
                identity.protocolNumber(),
                identity.receivedAt(),
                new ChannelRef(ChannelType.WHATSAPP, settings.channelId(), wamid,
                        "whatsapp:" + phoneNumberId + ":" + waId),
                customer(waId, event.contact()),
                // A chat has no subject line; one made from the first words would only repeat the text.
                null,
                text,
                null,
                null,
                null,
                attachments,
                null,
                new ReplyHint.WhatsApp(settings.channelId(), waId, phoneNumberId, windowEnd(message)),
                null,
                flags,
                said.place()));
    }

    /** The name the customer gave in their WhatsApp profile; their WhatsApp id is their phone number without "+". */
    private static Customer customer(String waId, JsonNode contact) {
        String name = contact == null ? null : SingleLine.clean(MetaFields.textOrNull(contact.path("profile").get("name")));
        return new Customer(name, null, "+" + waId, null, null, waId);
    }

    /** The message's timestamp (epoch seconds, as a string) plus 24 hours; null when it has none. */
    private static Instant windowEnd(JsonNode message) {
        return MetaText.plusWindow(MetaFields.epoch(message.get("timestamp")), 1, SERVICE_WINDOW);
    }
}
