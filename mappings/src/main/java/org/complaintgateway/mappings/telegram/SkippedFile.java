package org.complaintgateway.mappings.telegram;

import java.util.Objects;

/** A wanted file the intake did not download, and why (too large for the channel, gone from Telegram's servers...). */
public record SkippedFile(String fileId, String reason) {

    public SkippedFile {
        Objects.requireNonNull(fileId, "fileId");
    }
}
