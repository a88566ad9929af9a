package org.complaintgateway.it.webform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.complaintgateway.it.support.TestGateway;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request the web channel's JSON API cannot take is refused with the right status and a JSON error
 * naming every bad field (or what is wrong with the body as a whole), and leaves nothing in the ledger
 * and nothing delivered.
 */
class ApiRefusalTest {

    private static final int MAX_BODY_BYTES = 2048;

    @AutoClose
    private static WebChannel channel;

    private long ledgerBefore;
    private long deliveredBefore;

    @BeforeAll
    static void start(@TempDir Path dir) {
        channel = WebChannel.start(dir, "    maxBodySize: 2KB\n    maxAttachmentSize: 1KB\n" + WebChannel.GENEROUS_RATE_LIMITS);
    }

    @BeforeEach
    void rememberLedger() {
        ledgerBefore = channel.ledger().total();
        deliveredBefore = channel.delivered().count();
    }

    @Test
    void bodyLargerThanMaxBodySizeIsRefusedWith413NamingTheLimit() {
        HttpResponse<String> response = channel.client().postApi(oversizedComplaint());

        assertThat(response.statusCode()).isEqualTo(413);
        assertNothingRecorded();
        assertThat(error(response)).contains(Integer.toString(MAX_BODY_BYTES));
    }

    @Test
    void chunkedBodyLargerThanMaxBodySizeIsRefusedWith413NamingTheLimit() {
        HttpResponse<String> response = channel.client().postChunked(WebChannelClient.API_PATH, "application/json", oversizedComplaint());

        assertThat(response.statusCode()).isEqualTo(413);
        assertNothingRecorded();
        assertThat(error(response)).contains(Integer.toString(MAX_BODY_BYTES));
    }

    @Test
    void attachmentLargerThanMaxAttachmentSizeIsRefusedWith400NamingTheAttachment() {
        byte[] body = Fixture.bytes("attachment-over-limit.json");
        assertThat(body.length).as("the fixture must stay under maxBodySize").isLessThan(MAX_BODY_BYTES);

        HttpResponse<String> response = channel.client().postApi(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fieldMessages(response)).containsExactly("attachment: must be at most 1024 bytes");
        assertNothingRecorded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain; charset=utf-8", "application/xml"})
    void bodyThatIsNeitherJsonNorAFormIsRefusedWith415(String contentType) {
        HttpResponse<String> response = channel.client().post(WebChannelClient.API_PATH, contentType,
                TestGateway.complaintJson(1).getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(error(response)).contains(contentType.replaceAll(";.*", "")).contains("application/json");
        assertNothingRecorded();
    }

    @Test
    void bodyWithoutContentTypeIsRefusedWith415() {
        HttpResponse<String> response = channel.client().post(WebChannelClient.API_PATH, null,
                TestGateway.complaintJson(1).getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(error(response)).contains("application/json");
        assertNothingRecorded();
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        HttpResponse<String> response = channel.client().postApi(Fixture.bytes("missing-required-fields.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fieldMessages(response)).containsExactlyInAnyOrder(
                "name: required", "email: required", "subject: required", "message: required");
        assertNothingRecorded();
    }

    @Test
    void invalidEmailIsNamed() {
        HttpResponse<String> response = channel.client().postApi(Fixture.bytes("invalid-email.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fieldMessages(response)).containsExactly("email: must be a valid e-mail address");
        assertNothingRecorded();
    }

    @Test
    void invalidPhoneIsNamed() {
        HttpResponse<String> response = channel.client().postApi(Fixture.bytes("invalid-phone.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("phone");
        assertNothingRecorded();
    }

    @Test
    void subjectLongerThan200CharactersIsNamed() {
        HttpResponse<String> response = channel.client().postApi(Fixture.bytes("subject-too-long.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fieldMessages(response)).containsExactly("subject: must be at most 200 characters");
        assertNothingRecorded();
    }

    @Test
    void fieldsOfTheWrongJsonTypeAreEachNamed() {
        HttpResponse<String> response = channel.client().postApi(Fixture.bytes("wrong-json-types.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        // one error per field: a field that was sent is not also "required"
        assertThat(fieldMessages(response)).containsExactlyInAnyOrder(
                "name: must be a string", "email: must be a string", "subject: must be a string", "message: must be a string");
        assertNothingRecorded();
    }

    @Test
    void unknownFieldIsNamed() {
        HttpResponse<String> response = channel.client().postApi(Fixture.bytes("unknown-field.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fieldMessages(response)).containsExactly("priority: unknown field");
        assertNothingRecorded();
    }

    @Test
    void malformedJsonIsRefusedWithTheParseError() {
        HttpResponse<String> response = channel.client().postApi(Fixture.bytes("malformed.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).startsWith("request body is not valid JSON");
        assertNothingRecorded();
    }

    @Test
    void jsonArrayIsRefusedAsNotAnObject() {
        HttpResponse<String> response = channel.client().postApi(Fixture.bytes("array-instead-of-object.json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("request body must be a JSON object, not array");
        assertNothingRecorded();
    }

    private static byte[] oversizedComplaint() {
        String message = "My order 4711 is late. ".repeat(MAX_BODY_BYTES / 10);
        byte[] body = ("{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.org\",\"subject\":\"Late delivery\",\"message\":\""
                + message + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(MAX_BODY_BYTES);
        return body;
    }

    private void assertNothingRecorded() {
        assertThat(channel.ledger().total()).as("ledger rows").isEqualTo(ledgerBefore);
        assertThat(channel.delivered().count()).as("delivered complaints").isEqualTo(deliveredBefore);
    }

    private static String error(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .as("Content-Type of the %d answer %s", response.statusCode(), response.body())
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode error = WebChannelClient.json(response).get("error");
        assertThat(error).as("the JSON error in %s", response.body()).isNotNull();
        return error.asText();
    }

    private static List<String> fields(HttpResponse<String> response) {
        return fieldMessages(response).stream().map(m -> m.substring(0, m.indexOf(':'))).toList();
    }

    /** "field: message" for each entry of {@code fields[]}. */
    private static List<String> fieldMessages(HttpResponse<String> response) {
        assertThat(error(response)).isEqualTo("invalid fields");
        List<String> messages = new ArrayList<>();
        for (JsonNode field : WebChannelClient.json(response).get("fields")) {
            messages.add(field.get("field").asText() + ": " + field.get("message").asText());
        }
        return messages;
    }
}
