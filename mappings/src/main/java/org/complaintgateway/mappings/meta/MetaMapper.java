package org.complaintgateway.mappings.meta;

import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.ChannelType;

/**
 * Turns one journaled event of a Meta delivery ({@link MetaDeliveries#split}) into a canonical complaint: WhatsApp
 * messages and Messenger or Instagram messages are complaints; statuses, echoes, receipts and the other kinds are
 * ignored with the reason; what cannot be read, or came to the wrong product's channel, is quarantined. Pure: the
 * same bytes, identity and settings give the same result.
 */
public final class MetaMapper {

    static final String ATTACHMENTS_DROPPED = "attachmentsDropped";

    private MetaMapper() {
    }

    /** Never throws for bad input: Mapped, Ignored(reason) or Quarantined(reason). Reasons quote no personal data. */
    public static MappingResult map(byte[] raw, Identity identity, MetaMappingSettings settings) {
        MetaEvent event;
        try {
            event = MetaEvent.fromBytes(raw);
        } catch (IllegalArgumentException e) {
            return new MappingResult.Quarantined("not a Meta webhook delivery: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new MappingResult.Quarantined("not a Meta webhook delivery: " + e.getClass().getSimpleName());
        }
        try {
            if (!event.object().equals(settings.deliveryObject())) {
                String object = MetaText.oneLine(event.object(), 60);
                return new MappingResult.Quarantined("object '" + (object == null ? "" : object)
                        + "' delivered to " + (settings.platform() == ChannelType.INSTAGRAM ? "an " : "a ")
                        + settings.platform().wireName() + " channel");
            }
            return switch (event.kind()) {
                case MetaEvent.WHATSAPP_MESSAGE -> WhatsAppMapper.message(event, identity, settings);
                case MetaEvent.WHATSAPP_STATUS -> WhatsAppMapper.status(event);
                case MetaEvent.MESSAGING -> MessagingMapper.map(event, identity, settings);
                // The handover protocol: another app of the page is in charge of this conversation and answers it.
                case MetaEvent.STANDBY -> new MappingResult.Ignored("unsupported-type: standby");
                case MetaEvent.CHANGE -> new MappingResult.Ignored("unsupported-type: "
                        + (event.field() == null ? "change" : MetaText.oneLine(event.field(), 60)));
                case MetaEvent.ENTRY -> new MappingResult.Ignored("unsupported-type: entry");
                case MetaEvent.UNREADABLE -> new MappingResult.Quarantined("not a Meta webhook delivery: "
                        + (event.problem() == null ? "unreadable part" : MetaText.oneLine(event.problem(), 200)));
                default -> new MappingResult.Quarantined("not a Meta webhook delivery: unknown event kind");
            };
        } catch (UnreadableEvent e) {
            return new MappingResult.Quarantined("unreadable " + settings.platform().wireName() + " event: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new MappingResult.Quarantined("mapping failed: " + e.getClass().getSimpleName());
        }
    }
}
