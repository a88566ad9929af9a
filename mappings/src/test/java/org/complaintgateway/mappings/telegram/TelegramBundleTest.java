package org.complaintgateway.mappings.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The journal form of a Telegram update reads back as written: the update untouched, downloaded files with their
 * bytes, skipped files with their reasons. What is not a bundle is refused with a reason naming the field only.
 */
class TelegramBundleTest {

    private static final DownloadedFile PHOTO =
            new DownloadedFile("fake-photo-1280", "photos/file_7.jpg", "fake jpeg".getBytes(StandardCharsets.UTF_8));
    private static final SkippedFile VIDEO = new SkippedFile("fake-video", "larger than the channel's maxFileSize of 20 MB");

    @Test
    void readsBackWhatItWrote() {
        JsonNode update = update("update-photo-with-caption.json");

        TelegramBundle bundle = TelegramBundle.fromBytes(TelegramBundle.toBytes(update, List.of(PHOTO), List.of(VIDEO)));

        assertThat(bundle).isEqualTo(new TelegramBundle(update, List.of(PHOTO), List.of(VIDEO)));
    }

    @Test
    void writesTheDocumentedShape() throws IOException {
        JsonNode written = new ObjectMapper().readTree(
                TelegramBundle.toBytes(update("update-text.json"), List.of(PHOTO), List.of(VIDEO)));

        assertThat(written.get("update")).isEqualTo(update("update-text.json"));
        assertThat(written.get("files").get(0).toString())
                .isEqualTo("{\"fileId\":\"fake-photo-1280\",\"filePath\":\"photos/file_7.jpg\",\"content\":\"ZmFrZSBqcGVn\"}");
        assertThat(written.get("skippedFiles").get(0).toString())
                .isEqualTo("{\"fileId\":\"fake-video\",\"reason\":\"larger than the channel's maxFileSize of 20 MB\"}");
    }

    @Test
    void filesAndSkippedFilesMayBeAbsent() {
        TelegramBundle bundle = TelegramBundle.fromBytes("{\"update\": {\"update_id\": 1}}".getBytes(StandardCharsets.UTF_8));

        assertThat(bundle.files()).isEmpty();
        assertThat(bundle.skippedFiles()).isEmpty();
    }

    @Test
    void fieldsOfANewerGatewayArePassedOver() {
        String json = "{\"update\": {\"update_id\": 1}, \"intakeVersion\": 2, \"files\": null}";

        assertThat(TelegramBundle.fromBytes(json.getBytes(StandardCharsets.UTF_8)).update().get("update_id").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''| empty payload",
        "[]| not a JSON object",
        "{\"update\": 1}| no update object",
        "{\"update\": {}} {}| unexpected JSON structure at line 1, column 16",
        "{\"update\": {}, \"files\": {}}| files is not an array",
        "{\"update\": {}, \"files\": [1]}| files[0] is not an object",
        "{\"update\": {}, \"files\": [{\"content\": \"\"}]}| files[0].fileId missing",
        "{\"update\": {}, \"files\": [{\"fileId\": \"a\"}]}| files[0].content missing",
        "{\"update\": {}, \"files\": [{\"fileId\": \"a\", \"content\": \"@@\"}]}| files[0].content is not base64",
        "{\"update\": {}, \"skippedFiles\": [{\"fileId\": 7}]}| skippedFiles[0].fileId is not a string"})
    void refusesWhatIsNotABundle(String json, String reason) {
        assertThatThrownBy(() -> TelegramBundle.fromBytes(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(reason);
    }

    @Test
    void downloadedFilePrintsNoContent() {
        assertThat(PHOTO.toString()).isEqualTo("DownloadedFile[fileId=fake-photo-1280, filePath=photos/file_7.jpg, bytes=9]");
    }
}
