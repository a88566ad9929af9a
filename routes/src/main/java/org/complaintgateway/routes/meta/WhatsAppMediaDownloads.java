package org.complaintgateway.routes.meta;

import java.util.ArrayList;
import java.util.List;
import org.complaintgateway.config.MetaChannelConfig;
import org.complaintgateway.mappings.InboundEvent;
import org.complaintgateway.mappings.meta.FetchedMedia;
import org.complaintgateway.mappings.meta.MediaRef;
import org.complaintgateway.mappings.meta.SkippedMedia;
import org.complaintgateway.mappings.meta.WhatsAppMedia;
import org.complaintgateway.routes.pipeline.FailedAttempts;

/**
 * Puts the media a WhatsApp message carries into its event before it is journaled, so that the journal holds the
 * files themselves (the Graph API keeps them only 30 days) and a replay needs no Meta. A download that fails this time
 * fails the event: it is not journaled, Meta delivers it again. After {@code maxAttempts}, or at once when asking
 * again cannot help (too large, gone), the event is journaled without that file and the complaint says so.
 */
final class WhatsAppMediaDownloads {

    private final MetaChannelConfig channel;
    private final GraphApi api;
    private final FailedAttempts attempts = new FailedAttempts();

    WhatsAppMediaDownloads(MetaChannelConfig channel, GraphApi api) {
        this.channel = channel;
        this.api = api;
    }

    /** The event with its media; throws a {@link GraphApiException} when one could not be downloaded this time. */
    InboundEvent withMedia(InboundEvent event) {
        List<MediaRef> wanted = WhatsAppMedia.wanted(event.raw());
        if (wanted.isEmpty()) {
            return event;
        }
        String key = event.dedupeKey() == null ? event.externalKey() : event.dedupeKey();
        boolean lastAttempt = attempts.of(key).map(FailedAttempts.Failure::count).orElse(0) + 1 >= channel.maxAttempts();
        List<FetchedMedia> fetched = new ArrayList<>();
        List<SkippedMedia> skipped = new ArrayList<>();
        for (MediaRef medium : wanted) {
            try {
                fetched.add(api.media(medium.mediaId(), channel.maxMediaBytes()));
            } catch (GraphApiException e) {
                if (!e.permanent() && !lastAttempt) {
                    attempts.failed(key, e.getMessage());
                    throw e;
                }
                skipped.add(new SkippedMedia(medium.mediaId(), lastAttempt && !e.permanent()
                        ? "not downloaded after " + channel.maxAttempts() + " attempts; last: " + e.getMessage()
                        : e.getMessage()));
            }
        }
        attempts.forget(key);
        return new InboundEvent(event.externalKey(), event.dedupeKey(),
                WhatsAppMedia.withFiles(event.raw(), fetched, skipped));
    }
}
