package org.complaintgateway.mappings.email;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the files of a mail within the channel's limits, in the order they came: at most {@code maxAttachments}
 * files, at most {@code maxAttachmentsBytes} in total. A file that does not fit is left out and later, smaller ones
 * still get their chance; the caller flags {@code attachmentsDropped}.
 */
final class AttachmentLimits {

    /** The files kept and whether any file was left out. */
    record Kept(List<AttachmentFile> files, boolean dropped) {
    }

    private AttachmentLimits() {
    }

    static Kept apply(List<AttachmentFile> files, int maxAttachments, long maxAttachmentsBytes) {
        List<AttachmentFile> kept = new ArrayList<>();
        long totalBytes = 0;
        for (AttachmentFile file : files) {
            long size = file.content().length;
            if (kept.size() < maxAttachments && totalBytes + size <= maxAttachmentsBytes) {
                kept.add(file);
                totalBytes += size;
            }
        }
        return new Kept(List.copyOf(kept), kept.size() < files.size());
    }
}
