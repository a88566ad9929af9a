package org.complaintgateway.mappings.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.complaintgateway.mappings.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The JSON API body must be a JSON object, else the request fails as a whole; within the object, a field of the
 * wrong type, an unknown field or undecodable base64 is a field error, reported together with all others.
 */
class WebformApiParserTest {

    @Test
    void readsEveryFieldOfACompleteBody() throws WebformParseException {
        ParsedSubmission parsed = WebformApiParser.parseApiJson(Fixtures.bytes("webform/api-complete.json"));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.submission()).isEqualTo(new WebformSubmission("Jane Example", "jane@example.com", "+1 555 0100",
                "Charged twice", "The invoice is attached.", "en",
                new UploadedFile("invoice.txt", "text/plain",
                        "Invoice RC-2026-000041: amount 99.00 EUR\n".getBytes(StandardCharsets.UTF_8)),
                null, null));
    }

    @Test
    void fieldOfWrongTypeIsAFieldError() throws WebformParseException {
        ParsedSubmission parsed = WebformApiParser.parseApiJson(Fixtures.bytes("webform/api-wrong-types.json"));

        assertThat(parsed.errors()).containsExactly(
                new FieldError("name", "must be a string"),
                new FieldError("phone", "must be a string"),
                new FieldError("message", "must be a string"));
        assertThat(parsed.submission().email()).isEqualTo("jane@example.com");
        assertThat(parsed.submission().name()).isNull();
    }

    @Test
    void unknownFieldsAreFieldErrorsAtEveryLevel() throws WebformParseException {
        ParsedSubmission parsed = WebformApiParser.parseApiJson(Fixtures.bytes("webform/api-unknown-field.json"));

        assertThat(parsed.errors()).containsExactly(
                new FieldError("priority", "unknown field"),
                new FieldError("attachment.path", "unknown field"));
    }

    @Test
    void undecodableBase64IsAFieldError() throws WebformParseException {
        ParsedSubmission parsed = WebformApiParser.parseApiJson(Fixtures.bytes("webform/api-bad-base64.json"));

        assertThat(parsed.errors()).containsExactly(new FieldError("attachment.contentBase64", "must be valid base64"));
    }

    @Test
    void base64WrappedOverSeveralLinesIsAccepted() throws WebformParseException {
        byte[] body = json("{\"attachment\": {\"name\": \"a.txt\", \"contentBase64\": \"SGVs\\nbG8=\"}}");

        ParsedSubmission parsed = WebformApiParser.parseApiJson(body);

        assertThat(parsed.submission().attachment().content()).asString(StandardCharsets.UTF_8).isEqualTo("Hello");
    }

    @Test
    void attachmentWithoutContentIsAFieldError() throws WebformParseException {
        ParsedSubmission parsed = WebformApiParser.parseApiJson(json("{\"attachment\": {\"name\": \"a.txt\"}}"));

        assertThat(parsed.errors()).containsExactly(new FieldError("attachment.contentBase64", "required"));
    }

    @Test
    void attachmentThatIsNotAnObjectIsAFieldError() throws WebformParseException {
        ParsedSubmission parsed = WebformApiParser.parseApiJson(json("{\"attachment\": \"invoice.pdf\"}"));

        assertThat(parsed.errors()).extracting(FieldError::field).containsExactly("attachment");
    }

    @Test
    void nullFieldsAreMissingNotErrors() throws WebformParseException {
        ParsedSubmission parsed = WebformApiParser.parseApiJson(json("{\"phone\": null, \"attachment\": null}"));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.submission().phone()).isNull();
    }

    @Test
    void leavesHoneypotAndRenderTimeEmpty() throws WebformParseException {
        ParsedSubmission parsed = WebformApiParser.parseApiJson(Fixtures.bytes("webform/api-complete.json"));

        assertThat(parsed.submission().honeypot()).isNull();
        assertThat(parsed.submission().formRenderedAtMillis()).isNull();
    }

    @Test
    void malformedJsonIsAParseException() {
        assertThatThrownBy(() -> WebformApiParser.parseApiJson(Fixtures.bytes("webform/api-malformed.json")))
                .isInstanceOf(WebformParseException.class)
                .hasMessageStartingWith("request body is not valid JSON: malformed JSON at line 1");
    }

    @Test
    void arrayBodyIsAParseException() {
        assertThatThrownBy(() -> WebformApiParser.parseApiJson(Fixtures.bytes("webform/api-not-an-object.json")))
                .isInstanceOf(WebformParseException.class)
                .hasMessage("request body must be a JSON object, not array");
    }

    @Test
    void emptyBodyIsAParseException() {
        assertThatThrownBy(() -> WebformApiParser.parseApiJson(new byte[0]))
                .isInstanceOf(WebformParseException.class)
                .hasMessage("request body is empty; expected a JSON object");
    }

    @Test
    void duplicateFieldIsAParseException() {
        assertThatThrownBy(() -> WebformApiParser.parseApiJson(Fixtures.bytes("webform/api-duplicate-field.json")))
                .isInstanceOf(WebformParseException.class)
                .hasMessageStartingWith("request body is not valid JSON");
    }

    @Test
    void trailingContentAfterTheObjectIsAParseException() {
        assertThatThrownBy(() -> WebformApiParser.parseApiJson(json("{\"name\": \"Jane\"} {}")))
                .isInstanceOf(WebformParseException.class);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
