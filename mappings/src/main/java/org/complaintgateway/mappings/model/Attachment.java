package org.complaintgateway.mappings.model;

import java.util.Base64;
import org.complaintgateway.mappings.Sha256;

/**
 * A file that came with the complaint: inline as base64 {@code content}, with its size and SHA-256; or by
 * {@code reference} (a URL the channel or the gateway gave instead of the file), whose size and SHA-256 are null
 * unless known.
 */
public record Attachment(String name, String contentType, Long size, String sha256, String content, String reference) {

    /** The file carried inline: its size, SHA-256 and base64 content computed from {@code bytes}. */
    public static Attachment inline(String name, String contentType, byte[] bytes) {
        return new Attachment(name, contentType, (long) bytes.length, Sha256.hex(bytes),
                Base64.getEncoder().encodeToString(bytes), null);
    }

    /** A file the downstream fetches from {@code url}; its size and SHA-256 tell it what to expect. */
    public static Attachment linked(String name, String contentType, byte[] bytes, String url) {
        return new Attachment(name, contentType, (long) bytes.length, Sha256.hex(bytes), null, url);
    }

    /** A file the channel gave only a link to; {@code size} null when it did not tell. */
    public static Attachment byReference(String name, String contentType, Long size, String url) {
        return new Attachment(name, contentType, size, null, null, url);
    }
}
