package org.complaintgateway.mappings.meta;

import java.util.Arrays;
import java.util.Objects;

/**
 * A medium the intake downloaded from the Graph API: its id, the MIME type the download answered with (may be null)
 * and the bytes. The array is shared, not copied: treat it as read-only.
 */
public record FetchedMedia(String mediaId, String mimeType, byte[] bytes) {

    public FetchedMedia {
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FetchedMedia that
                && mediaId.equals(that.mediaId)
                && Objects.equals(mimeType, that.mimeType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mediaId, mimeType, Arrays.hashCode(bytes));
    }

    /** Never the bytes: a photo or a voice note identifies the customer. */
    @Override
    public String toString() {
        return "FetchedMedia[mediaId=" + mediaId + ", mimeType=" + mimeType + ", bytes=" + bytes.length + "]";
    }
}
