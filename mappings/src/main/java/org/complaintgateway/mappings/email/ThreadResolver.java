package org.complaintgateway.mappings.email;

import java.util.List;
import java.util.Optional;
import org.complaintgateway.mappings.model.Relations;

/**
 * Finds the complaint a mail continues: In-Reply-To first (the message it answers), then References newest first,
 * then our protocol number tagged in the subject, which survives clients that drop the threading headers.
 */
final class ThreadResolver {

    private ThreadResolver() {
    }

    static Optional<Relations> resolve(InboundMail mail, String protocolPrefix, ThreadLookup lookup) {
        for (String id : mail.inReplyTo()) {
            Optional<String> known = lookup.byMessageId(id);
            if (known.isPresent()) {
                return Optional.of(followUp(known.get(), "In-Reply-To matches a known message"));
            }
        }
        List<String> references = mail.references();
        for (int i = references.size() - 1; i >= 0; i--) {
            Optional<String> known = lookup.byMessageId(references.get(i));
            if (known.isPresent()) {
                return Optional.of(followUp(known.get(), "References match a known message"));
            }
        }
        Optional<String> protocolNumber = Subjects.protocolNumber(mail.subject(), protocolPrefix);
        if (protocolNumber.isPresent()) {
            Optional<String> known = lookup.byProtocolNumber(protocolNumber.get());
            if (known.isPresent()) {
                return Optional.of(followUp(known.get(), "protocol number " + protocolNumber.get() + " in the subject"));
            }
        }
        return Optional.empty();
    }

    private static Relations followUp(String complaintId, String reason) {
        return new Relations(complaintId, null, reason);
    }
}
