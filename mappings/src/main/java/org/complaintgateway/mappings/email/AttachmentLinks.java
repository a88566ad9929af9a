package org.complaintgateway.mappings.email;

/**
 * How the e-mail mapper carries each kept file: inline as base64, or as a link from which the downstream fetches it.
 * A link must be a pure function of the complaint and the file's place, so that mapping the same mail again gives the
 * same complaint.
 */
@FunctionalInterface
public interface AttachmentLinks {

    /** Every file inline. */
    AttachmentLinks NONE = (complaintId, position, file) -> null;

    /**
     * The link to {@code file}, at {@code position} (from 0) in the complaint's {@code attachments}, or null to carry
     * it inline.
     */
    String linkFor(String complaintId, int position, AttachmentFile file);
}
