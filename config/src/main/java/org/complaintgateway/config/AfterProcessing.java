package org.complaintgateway.config;

/** What an {@code email} channel does to a mail once it is journaled: flag it seen, move it, or delete it. */
public enum AfterProcessing {
    SEEN,
    MOVE,
    DELETE
}
