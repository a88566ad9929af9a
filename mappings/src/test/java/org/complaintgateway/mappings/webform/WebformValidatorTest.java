package org.complaintgateway.mappings.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.webform.WebformSubmissions.valid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sanitized submission is valid when name, e-mail, subject and message are present and within their lengths,
 * e-mail, phone and language are well-formed, and an attachment has a name and fits the size limit.
 */
class WebformValidatorTest {

    private static final long MAX_BYTES = 1024;

    @Test
    void acceptsCompleteSubmission() {
        assertThat(WebformValidator.validate(valid().base(), MAX_BYTES)).isEmpty();
    }

    @Test
    void acceptsSubmissionWithoutOptionalFields() {
        WebformSubmission s = new WebformSubmission("Jane Example", "jane@example.com", null, "Refund", "Please refund.",
                null, null, null, null);

        assertThat(WebformValidator.validate(s, MAX_BYTES)).isEmpty();
    }

    @Test
    void requiresName() {
        assertThat(WebformValidator.validate(valid().withName(null), MAX_BYTES)).containsExactly(new FieldError("name", "required"));
    }

    @Test
    void requiresEmail() {
        assertThat(WebformValidator.validate(valid().withEmail(null), MAX_BYTES)).containsExactly(new FieldError("email", "required"));
    }

    @Test
    void requiresSubject() {
        assertThat(WebformValidator.validate(valid().withSubject(null), MAX_BYTES))
                .containsExactly(new FieldError("subject", "required"));
    }

    @Test
    void requiresMessage() {
        assertThat(WebformValidator.validate(valid().withMessage(null), MAX_BYTES))
                .containsExactly(new FieldError("message", "required"));
    }

    @Test
    void treatsBlankRequiredFieldAsMissing() {
        assertThat(WebformValidator.validate(valid().withName("   "), MAX_BYTES)).containsExactly(new FieldError("name", "required"));
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        WebformSubmission empty = new WebformSubmission(null, null, null, null, null, null, null, null, null);

        assertThat(WebformValidator.validate(empty, MAX_BYTES)).extracting(FieldError::field)
                .containsExactly("name", "email", "subject", "message");
    }

    @Test
    void capsNameAt200Characters() {
        assertThat(WebformValidator.validate(valid().withName("n".repeat(200)), MAX_BYTES)).isEmpty();
        assertThat(WebformValidator.validate(valid().withName("n".repeat(201)), MAX_BYTES))
                .containsExactly(new FieldError("name", "must be at most 200 characters"));
    }

    @Test
    void capsSubjectAt200Characters() {
        assertThat(WebformValidator.validate(valid().withSubject("s".repeat(201)), MAX_BYTES))
                .containsExactly(new FieldError("subject", "must be at most 200 characters"));
    }

    @Test
    void capsMessageAt20000Characters() {
        assertThat(WebformValidator.validate(valid().withMessage("m".repeat(20_001)), MAX_BYTES))
                .containsExactly(new FieldError("message", "must be at most 20000 characters"));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String twoHundredEmoji = "\uD83D\uDE20".repeat(200);

        assertThat(WebformValidator.validate(valid().withSubject(twoHundredEmoji), MAX_BYTES)).isEmpty();
    }

    @Test
    void rejectsMalformedEmail() {
        assertThat(WebformValidator.validate(valid().withEmail("jane(at)example.com"), MAX_BYTES))
                .containsExactly(new FieldError("email", "must be a valid e-mail address"));
    }

    @Test
    void rejectsEmailWithoutDotInDomain() {
        assertThat(WebformValidator.validate(valid().withEmail("jane@localhost"), MAX_BYTES))
                .containsExactly(new FieldError("email", "must be a valid e-mail address"));
    }

    @Test
    void rejectsEmailLongerThan254Characters() {
        String email = "jane@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(60) + ".example";

        assertThat(WebformValidator.validate(valid().withEmail(email), MAX_BYTES))
                .containsExactly(new FieldError("email", "must be at most 254 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 555 0100", "(030) 123-456", "030/123.456", "12345"})
    void acceptsPhoneNumbers(String phone) {
        assertThat(WebformValidator.validate(valid().withPhone(phone), MAX_BYTES)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "call me", "++1 555 0100", "+1 555 0100 ext. 7"})
    void rejectsMalformedPhoneNumbers(String phone) {
        assertThat(WebformValidator.validate(valid().withPhone(phone), MAX_BYTES)).extracting(FieldError::field).containsExactly("phone");
    }

    @Test
    void rejectsPhoneOfMoreThan32DigitsAfterThePlus() {
        assertThat(WebformValidator.validate(valid().withPhone("+" + "1".repeat(33)), MAX_BYTES))
                .extracting(FieldError::field).containsExactly("phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eng", "e", "en-GB", "e1"})
    void rejectsLanguageThatIsNotTwoLetters(String language) {
        assertThat(WebformValidator.validate(valid().withLanguage(language), MAX_BYTES))
                .containsExactly(new FieldError("language", "must be a 2-letter language code such as \"en\""));
    }

    @Test
    void acceptsAttachmentOfExactlyTheMaximumSize() {
        UploadedFile file = new UploadedFile("invoice.pdf", "application/pdf", new byte[(int) MAX_BYTES]);

        assertThat(WebformValidator.validate(valid().withAttachment(file), MAX_BYTES)).isEmpty();
    }

    @Test
    void rejectsAttachmentOverTheMaximumSize() {
        UploadedFile file = new UploadedFile("invoice.pdf", "application/pdf", new byte[(int) MAX_BYTES + 1]);

        assertThat(WebformValidator.validate(valid().withAttachment(file), MAX_BYTES))
                .containsExactly(new FieldError("attachment", "must be at most 1024 bytes"));
    }

    @Test
    void requiresAttachmentName() {
        UploadedFile file = new UploadedFile(null, "application/pdf", new byte[10]);

        assertThat(WebformValidator.validate(valid().withAttachment(file), MAX_BYTES))
                .containsExactly(new FieldError("attachment.name", "required"));
    }
}
