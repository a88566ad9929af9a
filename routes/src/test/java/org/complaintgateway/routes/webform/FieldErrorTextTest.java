package org.complaintgateway.routes.webform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.complaintgateway.mappings.webform.FieldError;
import org.complaintgateway.mappings.webform.UploadedFile;
import org.complaintgateway.mappings.webform.WebformSubmission;
import org.complaintgateway.mappings.webform.WebformValidator;
import org.junit.jupiter.api.Test;

/** Every error the validator can give is worded in Italian on an Italian page: the form and the validator stay in step. */
class FieldErrorTextTest {

    private static final PageLanguage ITALIAN = PageLanguage.choose("it", null, List.of("en", "it"), "en");

    @Test
    void everyValidatorErrorHasAnItalianWording() {
        List<FieldError> errors = new java.util.ArrayList<>(WebformValidator.validate(new WebformSubmission(
                "x".repeat(201), "not-an-address", "call me", null, null, null,
                new UploadedFile("big.bin", "application/octet-stream", new byte[11]), null, null), 10));
        errors.addAll(WebformValidator.validate(new WebformSubmission(
                null, "a".repeat(250) + "@example.org", null, null, null, null, null, null, null), 10));

        assertThat(errors).extracting(FieldError::message).contains("required", "must be at most 200 characters",
                "must be a valid e-mail address", "must be at most 10 bytes", "must be at most 254 characters");
        for (FieldError error : errors) {
            assertThat(FieldErrorText.of(error, ITALIAN)).as(error.message()).isNotEqualTo(error.message());
        }
    }

    @Test
    void limitsAreCarriedIntoTheTranslation() {
        assertThat(FieldErrorText.of(new FieldError("subject", "must be at most 200 characters"), ITALIAN))
                .isEqualTo("al massimo 200 caratteri");
    }

    @Test
    void unknownWordingFallsBackToTheEnglishText() {
        assertThat(FieldErrorText.of(new FieldError("extra", "unknown field"), ITALIAN)).isEqualTo("unknown field");
    }
}
