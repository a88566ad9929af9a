package org.complaintgateway.routes.email;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.complaintgateway.mappings.email.AttachmentFile;

/**
 * The files sent by link in the last minutes, decoded, as the mapping had them: a downstream fetches a file as soon as
 * the complaint arrives, and serving it from here spares reading the mail from the journal and parsing it again.
 * Bounded by bytes and by age, the oldest going first; a file no longer here is cut anew from the journal.
 *
 * <p>Written here rather than taken from Caffeine: Caffeine admits a new entry only when it is used more often than
 * the one it would evict, which suits popular items but not files fetched once each; tried, it served almost none.
 */
final class RecentAttachments {

    static final long MAX_BYTES = 64L << 20;
    static final Duration KEPT_FOR = Duration.ofMinutes(10);

    private record Kept(AttachmentFile file, long keptAtNanos) {
    }

    private final long maxBytes;
    private final long keptForNanos;
    private final Map<String, Kept> files = new LinkedHashMap<>(); // in the order they were kept
    private long bytes;

    RecentAttachments(long maxBytes, Duration keptFor) {
        this.maxBytes = maxBytes;
        this.keptForNanos = keptFor.toNanos();
    }

    synchronized void remember(String complaintId, int position, AttachmentFile file) {
        long size = file.content().length;
        if (size > maxBytes) {
            return;
        }
        Kept replaced = files.remove(key(complaintId, position));
        if (replaced != null) {
            bytes -= replaced.file().content().length;
        }
        files.put(key(complaintId, position), new Kept(file, System.nanoTime()));
        bytes += size;
        forgetOldest();
    }

    synchronized Optional<AttachmentFile> find(String complaintId, int position) {
        forgetOldest();
        return Optional.ofNullable(files.get(key(complaintId, position))).map(Kept::file);
    }

    /** Drops the oldest files while there are too many bytes or they are too old. */
    private void forgetOldest() {
        long now = System.nanoTime();
        Iterator<Kept> oldestFirst = files.values().iterator();
        while (oldestFirst.hasNext()) {
            Kept oldest = oldestFirst.next();
            if (bytes <= maxBytes && now - oldest.keptAtNanos() < keptForNanos) {
                return;
            }
            oldestFirst.remove();
            bytes -= oldest.file().content().length;
        }
    }

    private static String key(String complaintId, int position) {
        return complaintId + "/" + position;
    }
}
