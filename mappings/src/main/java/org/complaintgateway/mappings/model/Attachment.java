package org.complaintgateway.mappings.model;

/** A file that came with the complaint: inline as base64 {@code content}, or by {@code reference}. */
public record Attachment(String name, String contentType, long size, String sha256, String content, String reference) {
}
