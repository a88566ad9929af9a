package org.complaintgateway.mappings.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.complaintgateway.mappings.meta.MetaFixtures.IDENTITY;
import static org.complaintgateway.mappings.meta.MetaFixtures.WHATSAPP;
import static org.complaintgateway.mappings.meta.MetaFixtures.events;
import static org.complaintgateway.mappings.meta.MetaFixtures.valid;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.complaintgateway.mappings.Sha256;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.Complaint;
import org.junit.jupiter.api.Test;

/**
 * The intake asks which media an event wants, downloads them, and journals the event with the bytes or with why a
 * medium was not downloaded; the mapper attaches what came and says in the text what did not.
 */
class WhatsAppMediaTest {

    private static final byte[] JPEG = "fake jpeg of the broken lid".getBytes(StandardCharsets.UTF_8);

    @Test
    void imageEventWantsItsMediumAsTheWebhookDeclaresIt() {
        assertThat(WhatsAppMedia.wanted(imageEvent())).containsExactly(
                new MediaRef("900000000000001", "image/jpeg", "ZmFrZS1zaGEyNTYtb2YtdGhlLWltYWdl", null));
    }

    @Test
    void documentEventWantsItsMediumWithItsFileName() {
        byte[] raw = events("whatsapp/message-document.json", WHATSAPP).get(0).raw();

        assertThat(WhatsAppMedia.wanted(raw)).extracting(MediaRef::fileName).containsExactly("invoice-4711.pdf");
    }

    @Test
    void eventsWithoutMediaWantNothing() {
        assertThat(WhatsAppMedia.wanted(events("whatsapp/message-text.json", WHATSAPP).get(0).raw())).isEmpty();
        assertThat(WhatsAppMedia.wanted(events("whatsapp/status-read.json", WHATSAPP).get(0).raw())).isEmpty();
        assertThat(WhatsAppMedia.wanted("not an event".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void downloadedImageIsAttachedWithItsBytes() {
        byte[] raw = WhatsAppMedia.withFiles(imageEvent(), List.of(new FetchedMedia("900000000000001", "image/jpeg", JPEG)), List.of());

        Complaint complaint = valid(MetaMapper.map(raw, IDENTITY, WHATSAPP));

        assertThat(complaint.attachments()).hasSize(1);
        Attachment image = complaint.attachments().get(0);
        assertThat(image.sha256()).isEqualTo(Sha256.hex(JPEG));
        assertThat(image.size()).isEqualTo(JPEG.length);
        assertThat(image.content()).isEqualTo(Base64.getEncoder().encodeToString(JPEG));
        assertThat(complaint.flags()).isEmpty();
    }

    @Test
    void typeTheDownloadAnsweredWithWinsOverTheDeclaredOne() {
        byte[] raw = WhatsAppMedia.withFiles(imageEvent(), List.of(new FetchedMedia("900000000000001", "image/png", JPEG)), null);

        Complaint complaint = valid(MetaMapper.map(raw, IDENTITY, WHATSAPP));

        assertThat(complaint.attachments()).extracting(Attachment::name, Attachment::contentType)
                .containsExactly(tuple("image-900000000000001.png", "image/png"));
    }

    @Test
    void skippedImageIsLeftOutFlaggedAndExplainedInTheText() {
        byte[] raw = WhatsAppMedia.withFiles(imageEvent(), List.of(),
                List.of(new SkippedMedia("900000000000001", "larger than maxMediaSize of 16 MB")));

        Complaint complaint = valid(MetaMapper.map(raw, IDENTITY, WHATSAPP));

        assertThat(complaint.attachments()).isEmpty();
        assertThat(complaint.flags()).containsExactly("attachmentsDropped");
        assertThat(complaint.text()).isEqualTo("The lid broke off like this.\n\n"
                + "Attachment not downloaded: image-900000000000001.jpg (larger than maxMediaSize of 16 MB)");
    }

    @Test
    void imageJournaledWithoutFilesIsAlsoLeftOutAndFlagged() {
        Complaint complaint = valid(MetaMapper.map(imageEvent(), IDENTITY, WHATSAPP));

        assertThat(complaint.flags()).containsExactly("attachmentsDropped");
        assertThat(complaint.text()).endsWith("Attachment not downloaded: image-900000000000001.jpg (no reason given)");
    }

    @Test
    void withFilesKeepsTheEventsKeysAndReplacesEarlierFiles() {
        byte[] once = WhatsAppMedia.withFiles(imageEvent(), List.of(new FetchedMedia("900000000000001", null, JPEG)), null);
        byte[] twice = WhatsAppMedia.withFiles(once, List.of(new FetchedMedia("900000000000001", null, JPEG)), null);

        assertThat(twice).isEqualTo(once);
        assertThat(MetaEvent.fromBytes(twice).item()).isEqualTo(MetaEvent.fromBytes(imageEvent()).item());
    }

    @Test
    void bytesThatAreNoEventAreReturnedAsTheyAre() {
        byte[] body = "not an event".getBytes(StandardCharsets.UTF_8);

        assertThat(WhatsAppMedia.withFiles(body, List.of(new FetchedMedia("1", null, JPEG)), null)).isSameAs(body);
    }

    private static byte[] imageEvent() {
        return events("whatsapp/message-image.json", WHATSAPP).get(0).raw();
    }
}
