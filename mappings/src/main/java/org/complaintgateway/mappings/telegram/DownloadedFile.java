package org.complaintgateway.mappings.telegram;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file the intake downloaded for an update: its {@code fileId}, the {@code filePath} getFile answered (its
 * extension is the only type hint a photo has) and the bytes. The array is shared, not copied: treat it as read-only.
 */
public record DownloadedFile(String fileId, String filePath, byte[] content) {

    public DownloadedFile {
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DownloadedFile that
                && fileId.equals(that.fileId)
                && Objects.equals(filePath, that.filePath)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileId, filePath, Arrays.hashCode(content));
    }

    /** Never the bytes: a photo or a voice note identifies the customer. */
    @Override
    public String toString() {
        return "DownloadedFile[fileId=" + fileId + ", filePath=" + filePath + ", bytes=" + content.length + "]";
    }
}
