package org.complaintgateway.mappings.email;

import java.util.List;
import java.util.Objects;

/**
 * What the e-mail mapper needs from the channel's configuration. {@code ownAddresses} are our mailbox addresses
 * (loop detection, reply hint); the limits bound what one mail may cost; {@code protocolPrefix} (e.g. "RC") finds
 * our protocol numbers in subjects, any prefix when null; {@code links} says which files go by link rather than
 * inline.
 */
public record EmailMappingSettings(String channelId, List<String> ownAddresses, boolean keepHtml,
        int maxAttachments, long maxAttachmentsBytes, int maxNestingDepth, String protocolPrefix,
        AttachmentLinks links) {

    public EmailMappingSettings {
        Objects.requireNonNull(channelId, "channelId");
        ownAddresses = ownAddresses == null ? List.of() : List.copyOf(ownAddresses);
        links = links == null ? AttachmentLinks.NONE : links;
    }

    /** Every file inline. */
    public EmailMappingSettings(String channelId, List<String> ownAddresses, boolean keepHtml,
            int maxAttachments, long maxAttachmentsBytes, int maxNestingDepth, String protocolPrefix) {
        this(channelId, ownAddresses, keepHtml, maxAttachments, maxAttachmentsBytes, maxNestingDepth, protocolPrefix,
                AttachmentLinks.NONE);
    }

    /** Whether {@code address} is one of ours, compared without regard to case. */
    boolean isOwnAddress(String address) {
        return address != null && ownAddresses.stream().anyMatch(own -> own.strip().equalsIgnoreCase(address.strip()));
    }
}
