package org.complaintgateway.mappings.email;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One received mail as the filters, threading and the complaint see it: its headers, addresses, ids, decoded
 * subject and date, the body split into the customer's words and the quoted history, and the files it carries.
 * {@code messageId}, {@code from}, {@code subject}, {@code date}, {@code html} and {@code reportType} may be null.
 */
record InboundMail(
        MailHeaders headers,
        String messageId,
        List<String> inReplyTo,
        List<String> references,
        MailAddress from,
        List<MailAddress> replyTo,
        List<MailAddress> to,
        List<MailAddress> cc,
        String subject,
        Instant date,
        String mimeType,
        String reportType,
        QuoteSplitter.Split body,
        String html,
        MimeContent content,
        List<String> flags) {

    InboundMail {
        inReplyTo = List.copyOf(inReplyTo);
        references = List.copyOf(references);
        replyTo = List.copyOf(replyTo);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        flags = List.copyOf(flags);
    }

    /** Where an answer goes: the first usable Reply-To address, else a usable From; null when neither is. */
    MailAddress sender() {
        return replyTo.stream().filter(MailAddress::isUsable).findFirst()
                .or(() -> Optional.ofNullable(from).filter(MailAddress::isUsable))
                .orElse(null);
    }
}
