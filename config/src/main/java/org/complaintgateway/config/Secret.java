package org.complaintgateway.config;

import java.util.Objects;

/**
 * A secret resolved from {@code ${env:NAME}} or {@code ${file:PATH}}. It prints only its reference,
 * never its value, so a config or a record holding one can be logged safely.
 */
public final class Secret {
    private final String reference;
    private final String value;

    public Secret(String reference, String value) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The reference as written, e.g. {@code ${env:CRM_TOKEN}}. */
    public String reference() {
        return reference;
    }

    /** The secret itself: pass it on, never print it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****(" + reference + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.reference.equals(reference) && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }
}
