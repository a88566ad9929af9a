package org.complaintgateway.mappings.email;

/** A filter's decision about one mail. */
sealed interface FilterVerdict {

    FilterVerdict PASS = new Pass();

    /** Nothing to say: the next filter decides. */
    record Pass() implements FilterVerdict {
    }

    /** Still a complaint, but marked with {@code flag}. */
    record Flag(String flag) implements FilterVerdict {
    }

    /** Not a complaint: recorded as IGNORED with {@code reason}, no further filter runs. */
    record Ignore(String reason) implements FilterVerdict {
    }
}
