package org.complaintgateway.mappings.webform;

/**
 * What a customer sent through the web form or its JSON API, as the web channel journals it. {@code honeypot} is the
 * hidden field only bots fill in, {@code formRenderedAtMillis} when the form page was served (null for the API).
 */
public record WebformSubmission(
        String name,
        String email,
        String phone,
        String subject,
        String message,
        String language,
        UploadedFile attachment,
        String honeypot,
        Long formRenderedAtMillis) {

    /** Only the shape, never the customer's words or contact data. */
    @Override
    public String toString() {
        return "WebformSubmission[subjectChars=" + length(subject) + ", messageChars=" + length(message)
                + ", language=" + language + ", attachment=" + attachment + "]";
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
