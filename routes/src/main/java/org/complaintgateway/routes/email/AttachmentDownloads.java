package org.complaintgateway.routes.email;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.complaintgateway.mappings.email.AttachmentFile;
import org.complaintgateway.mappings.email.EmailAttachments;
import org.complaintgateway.mappings.email.EmailMappingSettings;
import org.complaintgateway.routes.inbound.JsonAnswer;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.store.StoreUnavailableException;

/**
 * {@code GET /api/v1/complaints/{id}/attachments/{position}?signature=…}: the file a complaint carries by link, from
 * memory when it was linked in the last minutes, else cut anew from the raw mail in the journal with the channel's
 * limits, so that {@code position} is the file's place in the complaint's {@code attachments}. The signature is
 * checked before anything is looked up: 403 for a link the gateway did not sign, 404 for a complaint or file it does
 * not have, 503 when the store is down.
 */
public final class AttachmentDownloads {

    private final Store store;
    private final SignedAttachmentLinks links;
    private final Map<String, EmailMappingSettings> channels;

    /** @param channels the mapping settings of each e-mail channel, by channel id */
    public AttachmentDownloads(Store store, SignedAttachmentLinks links, Map<String, EmailMappingSettings> channels) {
        this.store = store;
        this.links = links;
        this.channels = Map.copyOf(channels);
    }

    public void get(Exchange exchange) {
        Message in = exchange.getIn();
        String complaintId = in.getHeader("id", String.class);
        int position = position(in.getHeader("position", String.class));
        String signature = in.getHeader(SignedAttachmentLinks.SIGNATURE, String.class);
        in.removeHeaders("*"); // none of the request's headers, the signature least of all, goes back in the answer
        if (position < 0 || !links.signs(complaintId, position, signature)) {
            JsonAnswer.error(in, 403, "the link's signature does not match: use the link exactly as the complaint gives it");
            return;
        }
        try {
            Optional<AttachmentFile> file = file(complaintId, position);
            if (file.isEmpty()) {
                JsonAnswer.error(in, 404, "complaint " + complaintId + " has no attachment at position " + position);
                return;
            }
            in.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
            in.setHeader(Exchange.CONTENT_TYPE, DownloadHeaders.contentType(file.get().contentType()));
            in.setHeader("Content-Disposition", DownloadHeaders.contentDisposition(file.get().name()));
            in.setHeader("X-Content-Type-Options", "nosniff");
            in.setHeader("Cache-Control", "private, no-transform");
            in.setBody(file.get().content());
        } catch (StoreUnavailableException e) {
            JsonAnswer.error(in, 503, "the store is unavailable");
        }
    }

    private Optional<AttachmentFile> file(String complaintId, int position) {
        Optional<AttachmentFile> recent = links.recentFile(complaintId, position);
        if (recent.isPresent()) {
            return recent;
        }
        Optional<JournalEntry> entry = store.find(complaintId);
        EmailMappingSettings settings = entry.map(JournalEntry::channelId).map(channels::get).orElse(null);
        if (settings == null) {
            return Optional.empty();
        }
        try {
            List<AttachmentFile> files = EmailAttachments.of(entry.get().raw(), settings);
            return position < files.size() ? Optional.of(files.get(position)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // an unparseable mail was quarantined: it has no complaint, so no files
        }
    }

    /** The position, or -1 when it is not a small whole number. */
    private static int position(String text) {
        if (text == null || !text.matches("\\d{1,4}")) {
            return -1;
        }
        return Integer.parseInt(text);
    }
}
