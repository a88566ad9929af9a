package org.complaintgateway.routes.outbound;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;

/**
 * Header values made from what customers wrote (a subject, a name, an address, a Message-ID). A CR or LF in a header
 * value ends the header and starts another: "Kettle\r\nBcc: victim@example.org" as a subject would copy the mail to a
 * stranger. So control characters (and the Unicode line and paragraph separators) never reach a header: text loses
 * them, and an address or an id holding one is refused.
 */
final class HeaderText {

    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");

    private HeaderText() {
    }

    /** {@code value} with every run of control characters turned into one space, stripped; null stays null. */
    static String clean(String value) {
        return value == null ? null : CONTROLS.matcher(value).replaceAll(" ").strip();
    }

    static boolean hasControls(String value) {
        return CONTROLS.matcher(value).find();
    }

    /**
     * The one mailbox {@code value} names. The reason names the field, not the value: it ends up in logs, and the value
     * is a customer's address.
     */
    static InternetAddress address(String value, String field) throws AddressException {
        if (value == null || value.isBlank() || hasControls(value)) {
            throw new AddressException(field + " is not an e-mail address");
        }
        try {
            InternetAddress address = new InternetAddress(value.strip(), true);
            address.validate();
            // a strict parse still takes a bare local name ("ana"): a reply needs the domain to go anywhere
            if (address.isGroup() || address.getAddress().indexOf('@') <= 0) {
                throw new AddressException();
            }
            return address;
        } catch (AddressException notAnAddress) {
            throw new AddressException(field + " is not an e-mail address");
        }
    }
}
