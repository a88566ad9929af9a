package org.complaintgateway.mappings.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.ReplyHint;

/**
 * Turns a journaled Slack Events API request into a canonical complaint: a direct message to the app, a mention of
 * it, or a message in a watched channel. Bots, our own replies, edits, deletions and other events are ignored with a
 * reason; what is no {@code event_callback} is quarantined. Pure: same bytes and settings, same result.
 */
public final class SlackMapper {

    static final String ATTACHMENTS_DROPPED = "attachmentsDropped";
    private static final String APP_RATE_LIMITED = "app_rate_limited";

    private SlackMapper() {
    }

    /** Never throws: any failure becomes Quarantined with a reason that quotes nothing the customer wrote. */
    public static MappingResult map(byte[] raw, Identity identity, SlackMappingSettings settings) {
        try {
            JsonNode root = SlackJson.parse(raw);
            if (APP_RATE_LIMITED.equals(SlackJson.text(root, "type"))) {
                // Slack's notice that it held events back for a minute: nothing to answer, but worth seeing
                return new MappingResult.Ignored("app-rate-limited: Slack did not send this app's events for a minute");
            }
            SlackEnvelope envelope = SlackEnvelope.of(root);
            SlackScreen.Screened screened = SlackScreen.screen(envelope, settings);
            if (screened instanceof SlackScreen.Rejected rejected) {
                return rejected.ignored();
            }
            SlackScreen.Accepted accepted = (SlackScreen.Accepted) screened;
            return new MappingResult.Mapped(complaint(accepted.message(), accepted.text(), identity, settings));
        } catch (NotASlackEvent e) {
            return new MappingResult.Quarantined("not a Slack event: " + e.getMessage());
        } catch (UnreadableSlackMessage e) {
            return new MappingResult.Quarantined("unreadable Slack message: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new MappingResult.Quarantined("mapping failed: " + e.getClass().getSimpleName());
        }
    }

    private static Complaint complaint(SlackMessage message, String text, Identity identity,
                                       SlackMappingSettings settings) {
        String channel = message.channel();
        return new Complaint(
                Complaint.SCHEMA_VERSION,
                identity.complaintId(),
                identity.protocolNumber(),
                identity.receivedAt(),
                new ChannelRef(ChannelType.SLACK, settings.channelId(), SlackKeys.messageKey(channel, message.ts()),
                        SlackKeys.messageKey(channel, message.threadRootTs())),
                // Events name the member by id only; a name would take a users.info call with the app's token.
                new Customer(null, null, null, message.user(), null, message.user()),
                null,
                text,
                null,
                null,
                null,
                SlackFiles.attachments(message.files()),
                null,
                // Answering in the thread keeps a channel readable and ties the answer to the complaint.
                new ReplyHint.Slack(settings.channelId(), channel, message.threadRootTs()),
                null,
                SlackFiles.anyDropped(message.files()) ? List.of(ATTACHMENTS_DROPPED) : List.of());
    }
}
