package org.complaintgateway.mappings.email;

import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.complaintgateway.mappings.text.EmailAddressSyntax;
import org.complaintgateway.mappings.text.SingleLine;

/** One mailbox of an address header: the display name (decoded, may be null) and the address. */
record MailAddress(String name, String address) {

    /** Every mailbox in an address header value, groups flattened; never throws, an unreadable value gives none. */
    static List<MailAddress> parseList(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        AddressList parsed = LenientAddressParser.DEFAULT.parseAddressList(value);
        return parsed.flatten().stream()
                .filter(mailbox -> mailbox.getLocalPart() != null && !mailbox.getLocalPart().isBlank())
                .map(MailAddress::of)
                .toList();
    }

    /** The first mailbox of the value, or null. */
    static MailAddress parseFirst(String value) {
        List<MailAddress> all = parseList(value);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Whether a reply can be sent to this address (the rule the schema's email format applies). */
    boolean isUsable() {
        return EmailAddressSyntax.isValid(address);
    }

    /** The local part, lower case: "mailer-daemon" for MAILER-DAEMON@example.org. */
    String localPart() {
        int at = address.lastIndexOf('@');
        return (at < 0 ? address : address.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    boolean sameAddressAs(String other) {
        return other != null && address.equalsIgnoreCase(other.strip());
    }

    private static MailAddress of(Mailbox mailbox) {
        String name = mailbox.getName();
        if (name != null) {
            name = SingleLine.clean(EncodedWords.decode(name).text());
        }
        return new MailAddress(name, mailbox.getAddress().strip());
    }
}
