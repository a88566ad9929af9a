package org.complaintgateway.mappings.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A journal document is read strictly, and whatever is wrong with it is said by place and field name only: the
 * values are the customer's words and would otherwise end up in a ledger reason.
 */
class JsonFieldsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | nothing here",
        "[1] | not a JSON object",
        "{\"a\":1} {} | unexpected JSON structure at line 1, column 9",
        "{\"a\":\"Ana Example | malformed JSON at line 1, column 18"
    })
    void refusesWhatIsNoObjectWithoutQuotingIt(String json, String reason) {
        assertThatThrownBy(() -> JsonFields.readObject(json.getBytes(StandardCharsets.UTF_8), "nothing here"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }

    @Test
    void aMissingOrNullTextIsNullAndAnEmptyOneIsEmpty() {
        JsonNode node = object("{\"empty\":\"\",\"nothing\":null}");

        assertThat(JsonFields.text(node, "absent", "event")).isNull();
        assertThat(JsonFields.text(node, "nothing", "event")).isNull();
        assertThat(JsonFields.text(node, "empty", "event")).isEmpty();
    }

    @Test
    void aTextOfAnotherTypeIsNamedByPlaceAndField() {
        JsonNode node = object("{\"name\":{\"first\":\"Ana\"}}");

        assertThatThrownBy(() -> JsonFields.text(node, "name", "files[2]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("files[2].name is not a string");
    }

    @Test
    void aRequiredTextThatIsEmptyIsMissing() {
        JsonNode node = object("{\"fileId\":\"\"}");

        assertThatThrownBy(() -> JsonFields.requiredText(node, "fileId", "files[0]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("files[0].fileId missing");
    }

    @Test
    void anAbsentOrNullListHasNoElements() {
        JsonNode node = object("{\"media\":null}");

        assertThat(JsonFields.objects(node.get("media"), "media", (element, where) -> where)).isEmpty();
        assertThat(JsonFields.objects(node.get("absent"), "absent", (element, where) -> where)).isEmpty();
    }

    @Test
    void eachElementIsReadKnowingWhereItIs() {
        JsonNode node = object("{\"files\":[{\"fileId\":\"a\"},{\"fileId\":\"b\"}]}");

        assertThat(JsonFields.objects(node.get("files"), "files",
                (element, where) -> where + "=" + JsonFields.text(element, "fileId", where)))
                .containsExactly("files[0]=a", "files[1]=b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"media\":{}} | media is not an array",
        "{\"media\":[{\"mediaId\":7},\"Ana\"]} | media[1] is not an object"
    })
    void aListMustHoldOnlyObjectsBeforeAnyIsRead(String json, String reason) {
        JsonNode node = object(json);

        assertThatThrownBy(() -> JsonFields.objects(node.get("media"), "media",
                (element, where) -> JsonFields.text(element, "mediaId", where)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }

    @Test
    void anOptionalObjectOfAnotherTypeIsPassedOver() {
        JsonNode node = object("{\"contact\":\"Ana Example\",\"metadata\":{\"id\":\"1\"}}");

        assertThat(JsonFields.objectOrNull(node, "contact")).isNull();
        assertThat(JsonFields.objectOrNull(node, "metadata").get("id").asText()).isEqualTo("1");
    }

    private static JsonNode object(String json) {
        return JsonFields.readObject(json.getBytes(StandardCharsets.UTF_8), "empty");
    }
}
