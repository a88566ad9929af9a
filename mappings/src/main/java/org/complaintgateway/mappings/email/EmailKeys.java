package org.complaintgateway.mappings.email;

import org.complaintgateway.mappings.Sha256;

/** The key a mail is journaled and deduplicated by. Headers only, cheap, never throws. */
public final class EmailKeys {

    private static final String SYNTHETIC_PREFIX = "sha256:";

    private EmailKeys() {
    }

    /** The Message-ID without angle brackets and whitespace, or "sha256:" + hex SHA-256 of raw when missing/empty. */
    public static String messageKey(byte[] raw) {
        byte[] bytes = raw == null ? new byte[0] : raw;
        String messageId = null;
        try {
            messageId = MessageIds.first(MailHeaders.of(MimeParser.parseHeader(bytes)).first("Message-ID"));
        } catch (Exception | StackOverflowError e) {
            // Unreadable headers: the content hash still tells this mail apart from every other.
        }
        return messageId != null ? messageId : SYNTHETIC_PREFIX + Sha256.hex(bytes);
    }
}
