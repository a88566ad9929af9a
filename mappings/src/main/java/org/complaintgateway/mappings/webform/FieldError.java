package org.complaintgateway.mappings.webform;

/** One problem with one form field, worded for the person filling in the form, e.g. ("email", "required"). */
public record FieldError(String field, String message) {
}
