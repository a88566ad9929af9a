package org.complaintgateway.mappings.model;

/** Who complained, as far as the channel tells; every field may be null. */
public record Customer(String name, String email, String phone, String handle, String locale) {
}
