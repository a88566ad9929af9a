package org.complaintgateway.mappings.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The canonical complaint, version 1: what every channel is normalized into and what the downstream receives. */
public record Complaint(
        String schemaVersion,
        String id,
        String protocolNumber,
        Instant receivedAt,
        ChannelRef channel,
        Customer customer,
        String subject,
        String text,
        String quotedText,
        String html,
        String language,
        List<Attachment> attachments,
        Classification classification,
        ReplyHint replyHint,
        Relations relations,
        List<String> flags,
        Location location) {

    public static final String SCHEMA_VERSION = "1";

    public Complaint {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(protocolNumber, "protocolNumber");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(replyHint, "replyHint");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A complaint without a shared place: the shape before {@code location} was added, kept for its callers. */
    public Complaint(String schemaVersion, String id, String protocolNumber, Instant receivedAt, ChannelRef channel,
                     Customer customer, String subject, String text, String quotedText, String html, String language,
                     List<Attachment> attachments, Classification classification, ReplyHint replyHint,
                     Relations relations, List<String> flags) {
        this(schemaVersion, id, protocolNumber, receivedAt, channel, customer, subject, text, quotedText, html,
                language, attachments, classification, replyHint, relations, flags, null);
    }
}
