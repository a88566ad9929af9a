package org.complaintgateway.mappings.webform;

import java.util.Arrays;
import java.util.Objects;

/** A file attached to a web form submission. The content array is shared, not copied: treat it as read-only. */
public record UploadedFile(String name, String contentType, byte[] content) {

    @Override
    public boolean equals(Object other) {
        return other instanceof UploadedFile that
                && Objects.equals(name, that.name)
                && Objects.equals(contentType, that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contentType, Arrays.hashCode(content));
    }

    /** Never the file name or bytes: both can identify the customer. */
    @Override
    public String toString() {
        return "UploadedFile[contentType=" + contentType + ", bytes=" + (content == null ? 0 : content.length) + "]";
    }
}
