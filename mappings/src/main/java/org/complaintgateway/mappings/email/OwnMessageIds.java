package org.complaintgateway.mappings.email;

import java.util.regex.Pattern;
import org.complaintgateway.mappings.ComplaintIds;

/**
 * Message-IDs the gateway generates for mail it sends (acknowledgments, replies), shaped so that the gateway
 * recognises them when such a mail comes back to one of its mailboxes: a loop, not a complaint.
 */
public final class OwnMessageIds {

    private static final String MARK = "cg.";
    private static final Pattern OURS = Pattern.compile(
            "<?\\s*cg\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[^\\s<>@]+\\s*>?");

    private OwnMessageIds() {
    }

    /** A new id "cg.<uuid>@domain" without angle brackets, unique and time-ordered. */
    public static String newId(String domain) {
        if (domain == null || domain.isBlank() || domain.contains("@") || domain.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a Message-ID domain must be a non-blank host name");
        }
        return MARK + ComplaintIds.newId() + "@" + domain;
    }

    /** Whether {@code messageId} (with or without angle brackets) was made by {@link #newId}. */
    public static boolean isOurs(String messageId) {
        return messageId != null && OURS.matcher(messageId.strip()).matches();
    }
}
