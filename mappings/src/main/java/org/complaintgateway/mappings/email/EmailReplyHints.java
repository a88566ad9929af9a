package org.complaintgateway.mappings.email;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.complaintgateway.mappings.model.ReplyHint;

/**
 * How to answer a mail in its own thread (RFC 5322 §3.6.4): to the sender, copying the others who were addressed,
 * from the mailbox the customer wrote to, with In-Reply-To and References pointing at the customer's mail and our
 * protocol number in the subject.
 */
final class EmailReplyHints {

    private EmailReplyHints() {
    }

    static ReplyHint.Email of(InboundMail mail, MailAddress sender, EmailMappingSettings settings, String protocolNumber) {
        return new ReplyHint.Email(
                settings.channelId(),
                sender.address(),
                cc(mail, sender, settings),
                Subjects.replySubject(mail.subject(), settings.protocolPrefix(), protocolNumber),
                mail.messageId(),
                references(mail),
                mailbox(mail, settings));
    }

    /** The other usable To and Cc addresses, without ours and without the one we answer to, each once. */
    private static List<String> cc(InboundMail mail, MailAddress sender, EmailMappingSettings settings) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        Stream.concat(mail.to().stream(), mail.cc().stream())
                .filter(MailAddress::isUsable)
                .filter(address -> !address.sameAddressAs(sender.address()))
                .filter(address -> !settings.isOwnAddress(address.address()))
                .forEach(address -> byLowerCase.putIfAbsent(address.address().toLowerCase(Locale.ROOT), address.address()));
        return List.copyOf(byLowerCase.values());
    }

    /** The customer's References (or, lacking them, In-Reply-To, as RFC 5322 suggests) followed by its Message-ID. */
    private static List<String> references(InboundMail mail) {
        List<String> references = new ArrayList<>(mail.references().isEmpty() ? mail.inReplyTo() : mail.references());
        if (mail.messageId() != null && !references.contains(mail.messageId())) {
            references.add(mail.messageId());
        }
        return references;
    }

    /** The first of our addresses the mail was sent to; else our first address; null when we have none. */
    private static String mailbox(InboundMail mail, EmailMappingSettings settings) {
        List<MailAddress> recipients = new ArrayList<>(mail.to());
        recipients.addAll(mail.cc());
        recipients.addAll(MailReader.addresses(mail.headers(), "Delivered-To"));
        recipients.addAll(MailReader.addresses(mail.headers(), "X-Original-To"));
        for (MailAddress recipient : recipients) {
            for (String own : settings.ownAddresses()) {
                if (recipient.sameAddressAs(own)) {
                    return own.strip();
                }
            }
        }
        return settings.ownAddresses().isEmpty() ? null : settings.ownAddresses().get(0).strip();
    }
}
