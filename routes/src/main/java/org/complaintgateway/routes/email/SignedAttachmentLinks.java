package org.complaintgateway.routes.email;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.complaintgateway.mappings.email.AttachmentFile;
import org.complaintgateway.mappings.email.AttachmentLinks;
import org.complaintgateway.routes.inbound.HmacSha256;

/**
 * Links to the e-mail attachments larger than {@code inlineUpTo}, which the downstream fetches from the gateway instead
 * of receiving them inline: {@code <base>/api/v1/complaints/<id>/attachments/<position>?signature=<hex>}, the
 * signature an HMAC-SHA256 with the downstream's signing secret over {@code attachment:<id>/<position>}. A link needs
 * nothing else to be fetched, never expires while the ledger keeps the mail, and stops working when the secret
 * changes. The files linked in the last minutes are kept in memory for the downstream's first fetch
 * ({@link RecentAttachments}).
 */
public final class SignedAttachmentLinks implements AttachmentLinks {

    /** The route's path; {@code id} and {@code position} are the complaint's id and the file's place in it. */
    public static final String PATH = "/api/v1/complaints/{id}/attachments/{position}";
    static final String SIGNATURE = "signature";

    private final String base;
    private final String signingSecret;
    private final long inlineUpTo;
    private final RecentAttachments recent = new RecentAttachments(RecentAttachments.MAX_BYTES,
            RecentAttachments.KEPT_FOR);

    /** @param base where the downstream reaches the gateway's HTTP server, without a trailing slash */
    public SignedAttachmentLinks(String base, String signingSecret, long inlineUpTo) {
        this.base = base;
        this.signingSecret = signingSecret;
        this.inlineUpTo = inlineUpTo;
    }

    @Override
    public String linkFor(String complaintId, int position, AttachmentFile file) {
        if (file.content().length <= inlineUpTo) {
            return null;
        }
        recent.remember(complaintId, position, file);
        return base + PATH.replace("{id}", complaintId).replace("{position}", Integer.toString(position))
                + "?" + SIGNATURE + "=" + HexFormat.of().formatHex(signature(complaintId, position));
    }

    /** The file a link was just made for, while it is still in memory. */
    Optional<AttachmentFile> recentFile(String complaintId, int position) {
        return recent.find(complaintId, position);
    }

    /** Whether {@code given} is the signature of the link to that file, compared in constant time. */
    boolean signs(String complaintId, int position, String given) {
        return given != null && HmacSha256.matchesHex(given, signature(complaintId, position));
    }

    private byte[] signature(String complaintId, int position) {
        return HmacSha256.of(signingSecret,
                ("attachment:" + complaintId + "/" + position).getBytes(StandardCharsets.UTF_8));
    }
}
