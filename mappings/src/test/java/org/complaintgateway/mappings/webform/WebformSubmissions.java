package org.complaintgateway.mappings.webform;

/** Test helper: a submission with one field replaced, so each test states only what it changes. */
record WebformSubmissions(WebformSubmission base) {

    /** A submission that passes validation. */
    static WebformSubmissions valid() {
        return new WebformSubmissions(new WebformSubmission("Jane Example", "jane@example.com", "+1 555 0100",
                "Parcel never arrived", "Tracking says delivered.", "en", null, null, null));
    }

    WebformSubmission withName(String name) {
        return new WebformSubmission(name, base.email(), base.phone(), base.subject(), base.message(), base.language(), base.attachment(), base.honeypot(), base.formRenderedAtMillis());
    }

    WebformSubmission withEmail(String email) {
        return new WebformSubmission(base.name(), email, base.phone(), base.subject(), base.message(), base.language(), base.attachment(), base.honeypot(), base.formRenderedAtMillis());
    }

    WebformSubmission withPhone(String phone) {
        return new WebformSubmission(base.name(), base.email(), phone, base.subject(), base.message(), base.language(), base.attachment(), base.honeypot(), base.formRenderedAtMillis());
    }

    WebformSubmission withSubject(String subject) {
        return new WebformSubmission(base.name(), base.email(), base.phone(), subject, base.message(), base.language(), base.attachment(), base.honeypot(), base.formRenderedAtMillis());
    }

    WebformSubmission withMessage(String message) {
        return new WebformSubmission(base.name(), base.email(), base.phone(), base.subject(), message, base.language(), base.attachment(), base.honeypot(), base.formRenderedAtMillis());
    }

    WebformSubmission withLanguage(String language) {
        return new WebformSubmission(base.name(), base.email(), base.phone(), base.subject(), base.message(), language, base.attachment(), base.honeypot(), base.formRenderedAtMillis());
    }

    WebformSubmission withAttachment(UploadedFile attachment) {
        return new WebformSubmission(base.name(), base.email(), base.phone(), base.subject(), base.message(), base.language(), attachment, base.honeypot(), base.formRenderedAtMillis());
    }
}
