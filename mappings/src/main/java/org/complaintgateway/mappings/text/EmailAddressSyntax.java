package org.complaintgateway.mappings.text;

import java.util.regex.Pattern;

/**
 * A pragmatic e-mail address check shared by the web form and the complaint schema: one {@code @}, a local part
 * without characters that would need quoting, a domain of at least two labels, at most 254 characters.
 */
public final class EmailAddressSyntax {

    /** RFC 5321 limits a path to 256 octets, two of which are the angle brackets. */
    public static final int MAX_LENGTH = 254;

    private static final int MAX_LOCAL_PART = 64;
    // Quoted local parts and comments are legal but only ever seen in spam; refusing them keeps the check simple.
    private static final Pattern LOCAL_PART = Pattern.compile("[^\\s\\p{Cc}@\"(),:;<>\\[\\]\\\\]+");
    // Letters and digits of any script, so internationalized domains pass in their Unicode form.
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");
    // A top-level domain never starts with a digit: that keeps "user@192.168.0.1" out.
    private static final Pattern TOP_LEVEL_LABEL = Pattern.compile("\\p{L}.*");

    private EmailAddressSyntax() {
    }

    /** Whether {@code address} is an e-mail address a reply can be sent to. */
    public static boolean isValid(String address) {
        if (address == null || address.length() > MAX_LENGTH) {
            return false;
        }
        int at = address.indexOf('@');
        if (at < 0 || at != address.lastIndexOf('@')) {
            return false;
        }
        return isValidLocalPart(address.substring(0, at)) && isValidDomain(address.substring(at + 1));
    }

    private static boolean isValidLocalPart(String local) {
        return local.length() <= MAX_LOCAL_PART
                && LOCAL_PART.matcher(local).matches()
                && !local.startsWith(".")
                && !local.endsWith(".")
                && !local.contains("..");
    }

    private static boolean isValidDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL_LABEL.matcher(labels[labels.length - 1]).matches();
    }
}
