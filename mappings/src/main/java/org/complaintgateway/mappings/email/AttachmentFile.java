package org.complaintgateway.mappings.email;

/** A file found in a mail before the limits are applied; {@code name} may be null. */
record AttachmentFile(String name, String contentType, byte[] content) {
}
