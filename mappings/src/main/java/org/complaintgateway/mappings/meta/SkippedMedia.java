package org.complaintgateway.mappings.meta;

import java.util.Objects;

/** A wanted medium the intake did not download, and why in words ("larger than maxMediaSize of 16 MB"). */
public record SkippedMedia(String mediaId, String reason) {

    public SkippedMedia {
        Objects.requireNonNull(mediaId, "mediaId");
    }
}
