package org.complaintgateway.routes.acknowledgments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.complaintgateway.config.AcknowledgmentSettings;
import org.complaintgateway.mappings.json.ComplaintJson;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.ReplyHint;
import org.complaintgateway.routes.outbound.ReplyContent;
import org.complaintgateway.routes.store.NewOutbound;
import org.complaintgateway.routes.store.OutboundKind;
import org.complaintgateway.routes.store.Store;

/**
 * Acknowledges every new complaint of the opted-in channels: records, once per complaint, an automatic answer with its
 * protocol number for the outbound sweeper to send on the complaint's channel; or records it SKIPPED with why, when it
 * must not go out: to a follow-up of a complaint already acknowledged, to a no-reply or system address or one of our
 * own (a loop in the making), or to a recipient who had {@code maxPerRecipientPerHour} already. A web form's
 * complaint is acknowledged by mail, through the {@code webformMailVia} channel, when the customer gave an address.
 *
 * <p>It works from the store, not from the intake: every complaint of the last hour without an acknowledgment is
 * found, whichever gateway took it in and whether or not it crashed since. The fixed idempotency key makes a second
 * gateway's sweep, or a second sweep, record nothing new. Complaints older than an hour are left alone: an
 * acknowledgment that late (after an outage, or when acknowledgments are switched on) would confuse more than help.
 */
public final class Acknowledger {

    static final Duration LOOKBACK = Duration.ofHours(1);
    static final String IDEMPOTENCY_KEY = "acknowledgment";
    private static final int BATCH = 100;
    /** Mailboxes nobody reads, or that answer automatically: an acknowledgment there is at best lost, at worst a loop. */
    private static final Pattern NO_REPLY = Pattern.compile(
            "(no-?reply|do-?not-?reply|mailer-daemon|postmaster|bounces?|auto-?reply)([+._-][^@]*)?@.*");

    private final Store store;
    private final AcknowledgmentSettings settings;
    private final Map<String, Set<String>> ownAddresses;
    private final Clock clock;

    /** @param ownAddresses by e-mail channel id: the addresses that are ours, in lower case */
    public Acknowledger(Store store, AcknowledgmentSettings settings, Map<String, Set<String>> ownAddresses, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.ownAddresses = Map.copyOf(ownAddresses);
        this.clock = clock;
    }

    /** Records the acknowledgment of each new complaint that has none yet; returns how many it recorded. */
    public int sweep() {
        Instant now = clock.instant();
        List<String> complaints = store.outbound().unacknowledged(Set.copyOf(settings.channels()), now.minus(LOOKBACK), BATCH);
        int recorded = 0;
        for (String id : complaints) {
            Optional<Complaint> complaint = store.complaint(id).map(ComplaintJson::fromBytes);
            if (complaint.isPresent()) {
                acknowledge(complaint.get(), now);
                recorded++;
            }
        }
        return recorded;
    }

    private void acknowledge(Complaint complaint, Instant now) {
        ReplyHint hint = sentAs(complaint);
        String recipient = recipient(hint);
        ReplyContent content = new ReplyContent(AcknowledgmentText.of(settings, complaint), List.of(), hint,
                complaint.protocolNumber(), complaint.language(), true);
        NewOutbound acknowledgment = new NewOutbound(complaint.id(), OutboundKind.ACKNOWLEDGMENT, hint.channelId(),
                hint instanceof ReplyHint.Email ? "email" : complaint.channel().type().wireName(), IDEMPOTENCY_KEY,
                content.toJson(), recipient);
        Optional<String> skipped = complaint.replyHint() instanceof ReplyHint.Webform web && web.email() == null
                ? Optional.of("the customer gave the web form no e-mail address")
                : whyNot(complaint, hint, recipient, now);
        if (skipped.isPresent()) {
            store.outbound().skip(acknowledgment, skipped.get());
        } else {
            store.outbound().enqueue(acknowledgment);
        }
    }

    /**
     * Where the acknowledgment goes: as the complaint's reply hint says; a web form's by mail, through the
     * {@code webformMailVia} channel, to the address the customer typed, the complaint's subject as the mail's.
     */
    private ReplyHint sentAs(Complaint complaint) {
        if (complaint.replyHint() instanceof ReplyHint.Webform web) {
            String subject = complaint.subject() == null || complaint.subject().isBlank() ? "Your complaint" : complaint.subject();
            return new ReplyHint.Email(settings.webformMailVia(), web.email(), List.of(), subject, null, List.of(), null);
        }
        return complaint.replyHint();
    }

    private Optional<String> whyNot(Complaint complaint, ReplyHint hint, String recipient, Instant now) {
        if (complaint.relations() != null && complaint.relations().followUpOf() != null) {
            return Optional.of("a follow-up of complaint " + complaint.relations().followUpOf() + ", acknowledged then");
        }
        if (hint instanceof ReplyHint.Email) {
            if (NO_REPLY.matcher(recipient).matches()) {
                return Optional.of("not to a no-reply or system address");
            }
            if (ownAddresses.getOrDefault(hint.channelId(), Set.of()).contains(recipient)) {
                return Optional.of("not to one of our own addresses");
            }
        }
        int recent = store.outbound().acknowledgmentsTo(hint.channelId(), recipient, now.minus(Duration.ofHours(1)));
        if (recent >= settings.maxPerRecipientPerHour()) {
            return Optional.of("this recipient had " + recent + " acknowledgments in the last hour (maxPerRecipientPerHour)");
        }
        return Optional.empty();
    }

    /** Whom the acknowledgment goes to on the channel: the address, the chat, the number, the member's conversation. */
    static String recipient(ReplyHint hint) {
        if (hint instanceof ReplyHint.Email email) {
            return email.to() == null ? "" : email.to().strip().toLowerCase(Locale.ROOT);
        }
        if (hint instanceof ReplyHint.Telegram telegram) {
            return telegram.chatId();
        }
        if (hint instanceof ReplyHint.WhatsApp whatsApp) {
            return whatsApp.to();
        }
        if (hint instanceof ReplyHint.Messenger messenger) {
            return messenger.recipientId();
        }
        if (hint instanceof ReplyHint.Instagram instagram) {
            return instagram.recipientId();
        }
        if (hint instanceof ReplyHint.Slack slack) {
            return slack.channel();
        }
        return hint.channelId();
    }
}
