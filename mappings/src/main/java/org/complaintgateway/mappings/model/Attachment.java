package org.complaintgateway.mappings.model;

import java.util.Base64;
import org.complaintgateway.mappings.Sha256;

/** A file that came with the complaint: inline as base64 {@code content}, or by {@code reference}. */
public record Attachment(String name, String contentType, long size, String sha256, String content, String reference) {

    /** The file carried inline: its size, SHA-256 and base64 content computed from {@code bytes}. */
    public static Attachment inline(String name, String contentType, byte[] bytes) {
        return new Attachment(name, contentType, bytes.length, Sha256.hex(bytes),
                Base64.getEncoder().encodeToString(bytes), null);
    }
}
