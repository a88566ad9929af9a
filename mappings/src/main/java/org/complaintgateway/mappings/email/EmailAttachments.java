package org.complaintgateway.mappings.email;

import java.io.IOException;
import java.util.List;

/**
 * The files of a mail exactly as its complaint lists them, from the raw bytes: what the gateway serves when the
 * complaint carries a file by link. The same parse, walk and limits as {@link EmailMapper}, so position {@code n}
 * here is {@code attachments[n]} there.
 */
public final class EmailAttachments {

    private EmailAttachments() {
    }

    /** @throws IOException when the mail cannot be parsed (then it was quarantined, and has no complaint) */
    public static List<AttachmentFile> of(byte[] raw, EmailMappingSettings settings) throws IOException {
        return kept(MimeWalker.walk(MimeParser.parse(raw), settings.maxNestingDepth()), settings).files();
    }

    static AttachmentLimits.Kept kept(MimeContent content, EmailMappingSettings settings) {
        return AttachmentLimits.apply(content.files(), settings.maxAttachments(), settings.maxAttachmentsBytes());
    }
}
