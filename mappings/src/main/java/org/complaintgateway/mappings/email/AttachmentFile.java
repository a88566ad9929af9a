package org.complaintgateway.mappings.email;

/** A file found in a mail, decoded; {@code name} may be null before the limits are applied. */
public record AttachmentFile(String name, String contentType, byte[] content) {
}
