package org.complaintgateway.mappings.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The intake downloads exactly the files {@link TelegramFiles#wanted} names: the largest size of a photo, and the one
 * file of a document, voice note, audio, video, video note or animation; never thumbnails or stickers.
 */
class TelegramFilesTest {

    @Test
    void picksTheLargestPhotoSizeByFileSize() {
        assertThat(TelegramFiles.wanted(update("update-photo-with-caption.json")))
                .containsExactly(new FileRef("fake-photo-1280", "fake-uniq-photo-1280", 98213L, "photo"));
    }

    @Test
    void picksTheLargestPhotoSizeByAreaWhenFileSizesAreMissing() {
        assertThat(TelegramFiles.wanted(update("update-photo-without-caption.json")))
                .containsExactly(new FileRef("fake-photo-large", "fake-uniq-photo-large", null, "photo"));
    }

    @Test
    void ofEqualPhotoSizesTakesTheLastAsTheDocsOrderThem() throws IOException {
        JsonNode update = new ObjectMapper().readTree("""
                {"update_id": 1, "message": {"message_id": 1, "chat": {"id": 1, "type": "private"}, "photo": [
                  {"file_id": "fake-a", "file_unique_id": "fake-ua", "width": 100, "height": 100},
                  {"file_id": "fake-b", "file_unique_id": "fake-ub", "width": 100, "height": 100}]}}""");

        assertThat(TelegramFiles.wanted(update)).extracting(FileRef::fileId).containsExactly("fake-b");
    }

    @Test
    void wantsADocument() {
        assertThat(TelegramFiles.wanted(update("update-document.json")))
                .containsExactly(new FileRef("fake-document-invoice", "fake-uniq-document-invoice", 48211L, "document"));
    }

    @Test
    void wantsAVoiceNoteAndAnAudio() {
        assertThat(TelegramFiles.wanted(update("update-voice.json"))).extracting(FileRef::kind).containsExactly("voice");
        assertThat(TelegramFiles.wanted(update("update-audio.json"))).extracting(FileRef::kind).containsExactly("audio");
    }

    @Test
    void wantsAVideoButNotItsThumbnail() {
        assertThat(TelegramFiles.wanted(update("update-video.json"))).extracting(FileRef::fileId).containsExactly("fake-video");
        assertThat(TelegramFiles.wanted(update("update-video-note.json")))
                .extracting(FileRef::fileId).containsExactly("fake-video-note");
    }

    @Test
    void wantsAnAnimationOnceAlthoughItIsAlsoSentAsDocument() {
        assertThat(TelegramFiles.wanted(update("update-animation.json")))
                .containsExactly(new FileRef("fake-animation", "fake-uniq-animation", 120004L, "animation"));
    }

    @Test
    void wantsTheFilesOfAnEditedMessage() {
        ObjectNode edited = JsonNodeFactory.instance.objectNode().put("update_id", 2);
        edited.set("edited_message", update("update-photo-with-caption.json").get("message"));

        assertThat(TelegramFiles.wanted(edited)).extracting(FileRef::fileId).containsExactly("fake-photo-1280");
    }

    @Test
    void stickersAndTextWantNothing() {
        assertThat(TelegramFiles.wanted(update("update-sticker.json"))).isEmpty();
        assertThat(TelegramFiles.wanted(update("update-text.json"))).isEmpty();
    }

    @Test
    void otherUpdatesAndGarbageWantNothing() {
        assertThat(TelegramFiles.wanted(update("update-callback-query.json"))).isEmpty();
        assertThat(TelegramFiles.wanted(update("update-channel-post.json"))).isEmpty();
        assertThat(TelegramFiles.wanted(JsonNodeFactory.instance.textNode("not an update"))).isEmpty();
        assertThat(TelegramFiles.wanted(null)).isEmpty();
    }
}
