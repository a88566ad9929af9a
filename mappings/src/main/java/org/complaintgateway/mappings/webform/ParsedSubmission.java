package org.complaintgateway.mappings.webform;

import java.util.List;
import java.util.Objects;

/** A submission read from the JSON API together with the fields that had the wrong shape (wrong type, unknown name). */
public record ParsedSubmission(WebformSubmission submission, List<FieldError> errors) {
    public ParsedSubmission {
        Objects.requireNonNull(submission, "submission");
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
