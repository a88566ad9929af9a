package org.complaintgateway.mappings.webform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.text.EmailAddressSyntax;

/**
 * Checks a sanitized submission: name, e-mail, subject and message required; lengths capped; e-mail, phone and
 * language well-formed; the attachment named and within the size limit. At most one error per field, in English.
 */
public final class WebformValidator {

    public static final int MAX_NAME_CHARS = 200;
    public static final int MAX_SUBJECT_CHARS = 200;
    public static final int MAX_MESSAGE_CHARS = 20_000;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,32}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2}");

    private WebformValidator() {
    }

    /** Every problem found, in form order; empty when the submission can become a complaint. */
    public static List<FieldError> validate(WebformSubmission submission, long maxAttachmentBytes) {
        List<FieldError> errors = new ArrayList<>();
        requiredText("name", submission.name(), MAX_NAME_CHARS, errors);
        email(submission.email(), errors);
        phone(submission.phone(), errors);
        requiredText("subject", submission.subject(), MAX_SUBJECT_CHARS, errors);
        requiredText("message", submission.message(), MAX_MESSAGE_CHARS, errors);
        language(submission.language(), errors);
        attachment(submission.attachment(), maxAttachmentBytes, errors);
        return List.copyOf(errors);
    }

    private static void requiredText(String field, String value, int maxChars, List<FieldError> errors) {
        if (isMissing(value)) {
            errors.add(new FieldError(field, "required"));
        } else if (characters(value) > maxChars) {
            errors.add(new FieldError(field, "must be at most " + maxChars + " characters"));
        }
    }

    private static void email(String value, List<FieldError> errors) {
        if (isMissing(value)) {
            errors.add(new FieldError("email", "required"));
        } else if (value.length() > EmailAddressSyntax.MAX_LENGTH) {
            errors.add(new FieldError("email", "must be at most " + EmailAddressSyntax.MAX_LENGTH + " characters"));
        } else if (!EmailAddressSyntax.isValid(value)) {
            errors.add(new FieldError("email", "must be a valid e-mail address"));
        }
    }

    private static void phone(String value, List<FieldError> errors) {
        if (value != null && !PHONE.matcher(value).matches()) {
            errors.add(new FieldError("phone",
                    "must be a phone number of 5 to 32 digits, spaces and ( ) . / -, optionally starting with +"));
        }
    }

    private static void language(String value, List<FieldError> errors) {
        if (value != null && !LANGUAGE.matcher(value).matches()) {
            errors.add(new FieldError("language", "must be a 2-letter language code such as \"en\""));
        }
    }

    private static void attachment(UploadedFile file, long maxBytes, List<FieldError> errors) {
        if (file == null) {
            return;
        }
        if (isMissing(file.name())) {
            errors.add(new FieldError("attachment.name", "required"));
        }
        long size = file.content() == null ? 0 : file.content().length;
        if (size > maxBytes) {
            errors.add(new FieldError("attachment", "must be at most " + maxBytes + " bytes"));
        }
    }

    private static boolean isMissing(String value) {
        return value == null || value.isBlank();
    }

    // "Characters" as a person counts them: an emoji is one, not two UTF-16 units.
    private static int characters(String value) {
        return value.codePointCount(0, value.length());
    }
}
