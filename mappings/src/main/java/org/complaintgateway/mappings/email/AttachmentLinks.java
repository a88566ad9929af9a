package org.complaintgateway.mappings.email;

/**
 * How the e-mail mapper carries each kept file: inline as base64, or as a link from which the downstream fetches it.
 * A link must be a pure function of its arguments, so that mapping the same mail again gives the same complaint.
 */
@FunctionalInterface
public interface AttachmentLinks {

    /** Every file inline. */
    AttachmentLinks NONE = (complaintId, position, size) -> null;

    /**
     * The link to the file at {@code position} (from 0) in the complaint's {@code attachments}, or null to carry it
     * inline.
     */
    String linkFor(String complaintId, int position, long size);
}
