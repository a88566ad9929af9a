package org.complaintgateway.routes.outbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.complaintgateway.mappings.json.ComplaintJson;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.ReplyHint;

/**
 * What an outbound message says and where it goes: the payload an outbound row keeps, as JSON, so that a retry after a
 * restart sends exactly what was accepted.
 *
 * @param text           plain text, as the downstream wrote it
 * @param attachments    files to send with it (inline content); empty when none
 * @param replyHint      the complaint's reply hint: the chat, thread, number or address to answer
 * @param protocolNumber the complaint's protocol number (an e-mail subject quotes it)
 * @param language       the complaint's language, may be null
 * @param automatic      sent by the gateway on its own (an acknowledgment), not written by a person: a mail says so
 *                       ({@code Auto-Submitted: auto-replied}), so that the customer's auto-responder does not answer
 */
public record ReplyContent(String text, List<Attachment> attachments, ReplyHint replyHint, String protocolNumber,
                           String language, boolean automatic) {

    private static final ObjectMapper JSON = ComplaintJson.mapper();

    public ReplyContent {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(replyHint, "replyHint");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A person's answer. */
    public ReplyContent(String text, List<Attachment> attachments, ReplyHint replyHint, String protocolNumber,
                        String language) {
        this(text, attachments, replyHint, protocolNumber, language, false);
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReplyContent fromJson(byte[] json) {
        try {
            return JSON.readValue(json, ReplyContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
