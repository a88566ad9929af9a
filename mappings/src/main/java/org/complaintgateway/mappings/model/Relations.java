package org.complaintgateway.mappings.model;

/** Links to other complaints: a follow-up of one, or a near-duplicate of one, with why. */
public record Relations(String followUpOf, String duplicateOf, String reason) {
}
