package org.complaintgateway.mappings.meta;

import java.util.Objects;

/**
 * A medium a WhatsApp message carries, as the webhook declares it: the media id to ask the Graph API for its URL,
 * the MIME type, the webhook's {@code sha256} exactly as given (to check the download against) and, for a document,
 * the sender's file name; any but the id may be null.
 */
public record MediaRef(String mediaId, String mimeType, String sha256, String fileName) {

    public MediaRef {
        Objects.requireNonNull(mediaId, "mediaId");
    }
}
