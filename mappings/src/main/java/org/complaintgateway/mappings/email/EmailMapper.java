package org.complaintgateway.mappings.email;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.Relations;

/**
 * Turns the raw bytes of a received mail into a canonical complaint: parse, read, thread, filter (loops, bounces,
 * auto-replies), check there is someone to answer, build. Pure: same bytes and settings, same result.
 */
public final class EmailMapper {

    static final String ATTACHMENTS_DROPPED = "attachmentsDropped";

    private EmailMapper() {
    }

    /** Never throws: any failure becomes Quarantined with a reason (no personal data in reasons). */
    public static MappingResult map(byte[] raw, Identity identity, Instant serverDate,
                                    EmailMappingSettings settings, ThreadLookup lookup) {
        InboundMail mail;
        try {
            mail = MailReader.read(MimeParser.parse(raw), settings);
        } catch (Exception | StackOverflowError e) {
            return new MappingResult.Quarantined("unparseable mail: " + MimeParser.describe(e));
        }
        try {
            return decide(raw, mail, identity, serverDate, settings, lookup);
        } catch (Exception | StackOverflowError e) {
            // E.g. the store behind the lookup failed; the journal keeps the mail for a replay.
            return new MappingResult.Quarantined("mapping failed: " + kind(e));
        }
    }

    private static MappingResult decide(byte[] raw, InboundMail mail, Identity identity, Instant serverDate,
                                        EmailMappingSettings settings, ThreadLookup lookup) {
        Optional<Relations> thread = ThreadResolver.resolve(mail, settings.protocolPrefix(), lookup);
        List<String> flags = new ArrayList<>(mail.flags());
        FilterContext context = new FilterContext(settings, lookup, thread.orElse(null));
        for (EmailFilter filter : EmailFilters.IN_ORDER) {
            FilterVerdict verdict = filter.check(mail, context);
            if (verdict instanceof FilterVerdict.Ignore ignore) {
                return new MappingResult.Ignored(ignore.reason());
            }
            if (verdict instanceof FilterVerdict.Flag flag && !flags.contains(flag.flag())) {
                flags.add(flag.flag());
            }
        }
        if (mail.from() == null && mail.replyTo().isEmpty()) {
            return new MappingResult.Quarantined("no sender address: the mail has neither From nor Reply-To");
        }
        MailAddress sender = mail.sender();
        if (sender == null) {
            return new MappingResult.Quarantined("no usable sender address: From and Reply-To are not valid e-mail addresses");
        }
        AttachmentLimits.Kept attachments = EmailAttachments.kept(mail.content(), settings);
        if (attachments.dropped() || mail.content().tooDeep()) {
            flags.add(ATTACHMENTS_DROPPED);
        }
        return new MappingResult.Mapped(complaint(raw, identity, serverDate, settings, mail, sender,
                thread.orElse(null), attachments, flags));
    }

    // Only the kind of failure: an exception message may quote the mail, i.e. the customer's data.
    private static String kind(Throwable e) {
        return e.getClass().getSimpleName();
    }

    private static Complaint complaint(byte[] raw, Identity identity, Instant serverDate, EmailMappingSettings settings,
            InboundMail mail, MailAddress sender, Relations thread, AttachmentLimits.Kept attachments, List<String> flags) {
        String key = EmailKeys.messageKey(raw);
        String subjectProtocolNumber = Subjects.protocolNumber(mail.subject(), settings.protocolPrefix())
                .orElse(identity.protocolNumber());
        return new Complaint(
                Complaint.SCHEMA_VERSION,
                identity.complaintId(),
                identity.protocolNumber(),
                sentAt(mail, serverDate, identity),
                new ChannelRef(ChannelType.EMAIL, settings.channelId(), key, threadKey(mail, key)),
                new Customer(customerName(mail, sender), sender.address(), null, null, null),
                Subjects.withoutPrefixes(mail.subject()),
                mail.body().text(),
                mail.body().quoted().isEmpty() ? null : mail.body().quoted(),
                mail.html(),
                null,
                attachments(attachments.files(), identity.complaintId(), settings.links()),
                null,
                EmailReplyHints.of(mail, sender, settings, subjectProtocolNumber),
                thread,
                flags);
    }

    private static List<Attachment> attachments(List<AttachmentFile> files, String complaintId, AttachmentLinks links) {
        List<Attachment> attachments = new ArrayList<>(files.size());
        for (AttachmentFile file : files) {
            String link = links.linkFor(complaintId, attachments.size(), file);
            attachments.add(link == null ? Attachment.inline(file.name(), file.contentType(), file.content())
                    : Attachment.linked(file.name(), file.contentType(), file.content(), link));
        }
        return attachments;
    }

    /** The Date the sender's client wrote; when missing or unreadable, the IMAP arrival date; else when we got it. */
    private static Instant sentAt(InboundMail mail, Instant serverDate, Identity identity) {
        if (mail.date() != null) {
            return mail.date();
        }
        return serverDate != null ? serverDate : identity.receivedAt();
    }

    /** The thread's root: the first References id, else In-Reply-To, else the mail itself. */
    private static String threadKey(InboundMail mail, String key) {
        if (!mail.references().isEmpty()) {
            return mail.references().get(0);
        }
        return mail.inReplyTo().isEmpty() ? key : mail.inReplyTo().get(0);
    }

    /** The sender's display name; a name-less Reply-To to the From address keeps the name From gave. */
    private static String customerName(InboundMail mail, MailAddress sender) {
        if (sender.name() == null && mail.from() != null && mail.from().sameAddressAs(sender.address())) {
            return mail.from().name();
        }
        return sender.name();
    }
}
