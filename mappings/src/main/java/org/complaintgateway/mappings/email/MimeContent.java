package org.complaintgateway.mappings.email;

import java.util.List;

/**
 * What the MIME tree of a mail holds, in tree order: the body text parts (plain and HTML, decoded), the attachment
 * files, the Message-IDs of mails embedded in it and the text of delivery reports (for bounces).
 */
record MimeContent(List<String> plainParts, List<String> htmlParts, List<AttachmentFile> files,
        List<String> embeddedMessageIds, List<String> deliveryReports, boolean charsetReplaced, boolean tooDeep) {

    MimeContent {
        plainParts = List.copyOf(plainParts);
        htmlParts = List.copyOf(htmlParts);
        files = List.copyOf(files);
        embeddedMessageIds = List.copyOf(embeddedMessageIds);
        deliveryReports = List.copyOf(deliveryReports);
    }
}
