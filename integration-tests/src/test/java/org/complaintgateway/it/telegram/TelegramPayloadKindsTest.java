package org.complaintgateway.it.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of Telegram message, polled through a real gateway: each one that says something is one delivered,
 * schema-valid complaint (FORWARDED in the ledger) with its files attached and the reply hint to answer it; each one
 * that says nothing, or is no customer's message, is IGNORED in the ledger with the reason, and nothing is delivered.
 * One gateway for the class (maxFileSize 1MB), each test on messages of its own.
 */
class TelegramPayloadKindsTest {

    private static final long CHAT = TelegramUpdates.CUSTOMER;
    private static final String MAX_FILE_SIZE = "    maxFileSize: 1MB\n";
    private static final long OVER_MAX_FILE_SIZE = 2L << 20;

    @AutoClose
    private static TelegramChannel channel;

    /** Shared, so message ids stay unique across the tests of this one gateway. */
    private static final TelegramUpdates updates = new TelegramUpdates();

    @BeforeAll
    static void start(@TempDir Path dir) {
        channel = TelegramChannel.start(dir, MAX_FILE_SIZE);
    }

    @Test
    void aTextBecomesAComplaintWithTheReplyHintToAnswerIt() {
        ObjectNode update = updates.text(CHAT, CHAT, "My order 4711 arrived broken.");
        long messageId = enqueue(update);

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("text").asText()).isEqualTo("My order 4711 arrived broken.");
        assertThat(complaint.path("channel").path("threadKey").asText()).isEqualTo(Long.toString(CHAT));
        assertThat(complaint.path("receivedAt").asText())
                .isEqualTo(Instant.ofEpochSecond(update.path("message").path("date").asLong()).toString());
        assertReplyHint(complaint, CHAT, messageId);
        assertThat(complaint.path("attachments").size()).isZero();
        assertThat(complaint.path("flags").size()).isZero();
        assertThat(complaint.has("relations")).isFalse();
        assertForwarded(complaint, CHAT, messageId);
    }

    @Test
    void theSenderBecomesTheCustomerWithNameHandleUserIdAndLocale() {
        long messageId = enqueue(updates.text(CHAT, CHAT, "Who am I?"));

        JsonNode customer = channel.awaitComplaintOf(CHAT, messageId).path("customer");
        assertThat(customer.path("name").asText()).isEqualTo("Fake Customer");
        assertThat(customer.path("handle").asText()).isEqualTo("@fake_customer_" + CHAT);
        assertThat(customer.path("userId").asText()).isEqualTo(Long.toString(CHAT));
        assertThat(customer.path("locale").asText()).isEqualTo("en");
        assertThat(customer.has("phone")).isFalse();
        assertThat(customer.has("email")).isFalse();
    }

    @Test
    void aSenderWithoutUsernameIsHandledByTheUserIdAndKeepsTheirLanguageCode() {
        long user = TelegramUpdates.OTHER_CUSTOMER;
        ObjectNode update = updates.text(user, user, "Ich habe keinen Benutzernamen.");
        ObjectNode from = (ObjectNode) update.path("message").path("from");
        from.remove("username");
        from.put("language_code", "pt-BR");
        long messageId = enqueue(update);

        JsonNode customer = channel.awaitComplaintOf(user, messageId).path("customer");
        assertThat(customer.path("handle").asText()).isEqualTo(Long.toString(user));
        assertThat(customer.path("userId").asText()).isEqualTo(Long.toString(user));
        assertThat(customer.path("locale").asText()).isEqualTo("pt-BR");
    }

    @Test
    void aPhotoIsItsLargestSizeDownloadedWithTheCaptionAsText() {
        byte[] small = bytes("fake jpeg, the thumbnail size");
        byte[] large = bytes("fake jpeg, the largest size the customer sent");
        register("kinds-photo-s", "photos/kinds_s.jpg", small);
        register("kinds-photo-m", "photos/kinds_m.jpg", small);
        register("kinds-photo-l", "photos/kinds_l.jpg", large);

        long messageId = enqueue(updates.photo(CHAT, CHAT, "The box was crushed", "kinds-photo-s", "kinds-photo-m",
                "kinds-photo-l"));

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("text").asText()).isEqualTo("The box was crushed");
        assertOnlyAttachment(complaint, "photo-uniq-kinds-photo-l.jpg", "image/jpeg", large);
        assertThat(channel.api.downloads()).contains("photos/kinds_l.jpg")
                .doesNotContain("photos/kinds_s.jpg", "photos/kinds_m.jpg");
        assertReplyHint(complaint, CHAT, messageId);
        assertForwarded(complaint, CHAT, messageId);
    }

    @Test
    void aDocumentKeepsItsFileNameAndDeclaredType() {
        byte[] pdf = bytes("%PDF-1.7 a fake invoice");
        register("kinds-doc", "documents/file_7.pdf", pdf);

        long messageId = enqueue(updates.document(CHAT, CHAT, "Invoice attached, billed twice", "kinds-doc",
                "invoice-2026-03.pdf", "application/pdf", pdf.length));

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("text").asText()).isEqualTo("Invoice attached, billed twice");
        assertOnlyAttachment(complaint, "invoice-2026-03.pdf", "application/pdf", pdf);
        assertReplyHint(complaint, CHAT, messageId);
        assertForwarded(complaint, CHAT, messageId);
    }

    @Test
    void aVoiceNoteIsAnOggAttachmentOfAComplaintWithoutWords() {
        byte[] ogg = bytes("OggS fake opus voice note");
        register("kinds-voice", "voice/file_3.oga", ogg);

        long messageId = enqueue(sized(updates.voice(CHAT, CHAT, "kinds-voice"), "voice", ogg.length));

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("text").asText()).isEmpty();
        assertOnlyAttachment(complaint, "voice-uniq-kinds-voice.oga", "audio/ogg", ogg);
        assertReplyHint(complaint, CHAT, messageId);
        assertForwarded(complaint, CHAT, messageId);
    }

    @Test
    void anAudioFileKeepsItsNameAndType() {
        byte[] mp3 = bytes("ID3 a fake mp3 of the noise the fridge makes");
        register("kinds-audio", "music/file_4.mp3", mp3);

        long messageId = enqueue(sized(updates.audio(CHAT, CHAT, "The noise it makes", "kinds-audio"), "audio",
                mp3.length));

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("text").asText()).isEqualTo("The noise it makes");
        assertOnlyAttachment(complaint, "invented-song.mp3", "audio/mpeg", mp3);
        assertReplyHint(complaint, CHAT, messageId);
        assertForwarded(complaint, CHAT, messageId);
    }

    @Test
    void aVideoIsDownloadedWithoutItsThumbnail() {
        byte[] mp4 = bytes("ftypisom a fake video of the damaged parcel");
        register("kinds-video", "videos/file_5.mp4", mp4);

        long messageId = enqueue(sized(updates.video(CHAT, CHAT, "This is how it arrived.", "kinds-video"), "video",
                mp4.length));

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("text").asText()).isEqualTo("This is how it arrived.");
        assertOnlyAttachment(complaint, "damaged-parcel.mp4", "video/mp4", mp4);
        // the thumbnail's file id is not registered: asking for it would have dropped an attachment
        assertThat(complaint.path("flags").size()).isZero();
        assertReplyHint(complaint, CHAT, messageId);
        assertForwarded(complaint, CHAT, messageId);
    }

    @Test
    void aVideoNoteIsAnMp4NamedAfterItsKind() {
        byte[] mp4 = bytes("ftypisom a fake round video note");
        register("kinds-note", "video_notes/file_6.mp4", mp4);

        long messageId = enqueue(sized(updates.videoNote(CHAT, CHAT, "kinds-note"), "video_note", mp4.length));

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("text").asText()).isEmpty();
        assertOnlyAttachment(complaint, "video-note-uniq-kinds-note.mp4", "video/mp4", mp4);
        assertThat(complaint.path("flags").size()).isZero();
        assertReplyHint(complaint, CHAT, messageId);
        assertForwarded(complaint, CHAT, messageId);
    }

    @Test
    void theSendersOwnContactGivesTheCustomersPhone() {
        ObjectNode update = updates.contact(CHAT, CHAT, "+1 555 555 0123", "Fake");
        ((ObjectNode) update.path("message").path("contact")).put("last_name", "Customer").put("user_id", CHAT);
        long messageId = enqueue(update);

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("customer").path("phone").asText()).isEqualTo("+1 555 555 0123");
        assertThat(complaint.path("text").asText()).isEqualTo("Contact: Fake Customer, +1 555 555 0123");
        assertReplyHint(complaint, CHAT, messageId);
        assertForwarded(complaint, CHAT, messageId);
    }

    @Test
    void someoneElsesContactStaysInTheTextButIsNotTheCustomersPhone() {
        ObjectNode update = updates.contact(CHAT, CHAT, "+1 555 555 0188", "Courier");
        ((ObjectNode) update.path("message").path("contact")).put("user_id", TelegramUpdates.OTHER_CUSTOMER);
        long messageId = enqueue(update);

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("customer").has("phone")).isFalse();
        assertThat(complaint.path("text").asText()).isEqualTo("Contact: Courier, +1 555 555 0188");
        assertForwarded(complaint, CHAT, messageId);
    }

    @Test
    void aLocationIsWrittenOutInTheTextAndKeptAsStructuredLocation() {
        long messageId = enqueue(updates.location(CHAT, CHAT, 52.520008, 13.404954));

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("text").asText()).isEqualTo("Location: 52.520008, 13.404954");
        assertThat(complaint.path("location").path("latitude").asDouble()).isEqualTo(52.520008);
        assertThat(complaint.path("location").path("longitude").asDouble()).isEqualTo(13.404954);
        assertReplyHint(complaint, CHAT, messageId);
        assertForwarded(complaint, CHAT, messageId);
    }

    @Test
    void anEditedMessageIsAFollowUpOfTheComplaintItEdits() {
        long messageId = enqueue(updates.text(CHAT, CHAT, "My order 4711 arrived broken."));
        String originalId = channel.awaitComplaintOf(CHAT, messageId).path("id").asText();
        ObjectNode edit = updates.edited(CHAT, CHAT, messageId, "My order 4712 arrived broken, not 4711.");

        channel.api.enqueue(edit);

        JsonNode followUp = channel.awaitComplaint(complaint -> complaint.path("relations").has("followUpOf")
                && complaint.path("replyHint").path("replyToMessageId").asText().equals(Long.toString(messageId)));
        assertThat(followUp.path("id").asText()).isNotEqualTo(originalId);
        assertThat(followUp.path("relations").path("followUpOf").asText()).isEqualTo(originalId);
        assertThat(followUp.path("relations").path("reason").asText()).isEqualTo("edited message");
        assertThat(followUp.path("flags")).extracting(JsonNode::asText).containsExactly("edited");
        assertThat(followUp.path("text").asText()).isEqualTo("My order 4712 arrived broken, not 4711.");
        assertThat(followUp.path("receivedAt").asText())
                .isEqualTo(Instant.ofEpochSecond(edit.path("edited_message").path("edit_date").asLong()).toString());
        assertReplyHint(followUp, CHAT, messageId);
        channel.awaitEntry(CHAT, messageId, LedgerState.FORWARDED);
        String externalKey = CHAT + ":" + messageId;
        await().atMost(TelegramChannel.WITHIN).until(() -> channel.entriesIn(LedgerState.FORWARDED)
                .stream().filter(entry -> entry.externalKey().equals(externalKey)).count() == 2);
    }

    @Test
    void aStickerSaysNothingAndIsIgnoredWithoutDownloadingIt() {
        register("kinds-sticker", "stickers/file_8.webp", bytes("RIFF a fake webp sticker"));

        long messageId = enqueue(updates.sticker(CHAT, CHAT, "kinds-sticker"));

        assertIgnored(CHAT, messageId, "no-content");
        assertThat(channel.api.downloads()).doesNotContain("stickers/file_8.webp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"👍", "🙏🏽", "😠 😠  😠"})
    void emojiAloneSayNothingAndAreIgnored(String emoji) {
        long messageId = enqueue(updates.text(CHAT, CHAT, emoji));

        assertIgnored(CHAT, messageId, "no-content");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/start", "/help", "/start campaign-7", "/help@" + FakeTelegramBotApi.BOT_USERNAME})
    void startAndHelpOpenAConversationAndAreIgnoredAsCommands(String command) {
        long messageId = enqueue(updates.command(CHAT, CHAT, command));

        assertIgnored(CHAT, messageId, "command");
    }

    @Test
    void anotherCommandOnlyIntroducesTheComplaintAfterIt() {
        long messageId = enqueue(updates.command(CHAT, CHAT, "/complain The courier left it in the rain"));

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("text").asText()).isEqualTo("The courier left it in the rain");
        assertForwarded(complaint, CHAT, messageId);
    }

    @Test
    void aMessageFromABotIsIgnored() {
        long messageId = enqueue(updates.fromBot(TelegramUpdates.GROUP, "I am a bot and I complain about everything"));

        assertIgnored(TelegramUpdates.GROUP, messageId, "from a bot");
    }

    @Test
    void aChannelPostIsIgnored() {
        long messageId = enqueue(updates.channelPost(TelegramUpdates.CHANNEL, "News of the day"));

        assertIgnored(TelegramUpdates.CHANNEL, messageId, "channel post");
    }

    @Test
    void aFileDeclaredOverMaxFileSizeIsNotDownloadedAndTheComplaintSaysSo() {
        channel.api.registerFileOfSize("kinds-big-scan", TelegramUpdates.fileUniqueId("kinds-big-scan"),
                "documents/big_scan.pdf", OVER_MAX_FILE_SIZE);
        int getFileCalls = channel.api.calls("getFile");

        long messageId = enqueue(updates.document(CHAT, CHAT, "The full scan of the contract", "kinds-big-scan",
                "contract-scan.pdf", "application/pdf", OVER_MAX_FILE_SIZE));

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("text").asText()).isEqualTo("The full scan of the contract");
        assertThat(complaint.path("attachments").size()).isZero();
        assertThat(complaint.path("flags")).extracting(JsonNode::asText).containsExactly("attachmentsDropped");
        assertThat(channel.api.downloads()).doesNotContain("documents/big_scan.pdf");
        assertThat(channel.api.calls("getFile")).as("the declared size is enough to leave it").isEqualTo(getFileCalls);
        assertForwarded(complaint, CHAT, messageId);
    }

    @Test
    void aFileWhoseSizeOnlyGetFileTellsIsNotDownloadedWhenOverMaxFileSize() {
        channel.api.registerFileOfSize("kinds-big-video", TelegramUpdates.fileUniqueId("kinds-big-video"),
                "documents/big_video.mp4", OVER_MAX_FILE_SIZE);
        ObjectNode update = updates.document(CHAT, CHAT, "A long video of the fault", "kinds-big-video",
                "fault.mp4", "video/mp4", 0);
        ((ObjectNode) update.path("message").path("document")).remove("file_size");

        long messageId = enqueue(update);

        JsonNode complaint = channel.awaitComplaintOf(CHAT, messageId);
        assertThat(complaint.path("attachments").size()).isZero();
        assertThat(complaint.path("flags")).extracting(JsonNode::asText).containsExactly("attachmentsDropped");
        assertThat(channel.api.downloads()).doesNotContain("documents/big_video.mp4");
        assertForwarded(complaint, CHAT, messageId);
    }

    private static void register(String fileId, String filePath, byte[] content) {
        channel.api.registerFile(fileId, TelegramUpdates.fileUniqueId(fileId), filePath, content);
    }

    private static long enqueue(ObjectNode update) {
        channel.api.enqueue(update);
        return TelegramChannel.messageIdOf(update);
    }

    /** Declares the file's real size, as Telegram does; the templates declare sizes of real media. */
    private static ObjectNode sized(ObjectNode update, String kind, long size) {
        ((ObjectNode) update.path("message").path(kind)).put("file_size", size);
        return update;
    }

    private static void assertReplyHint(JsonNode complaint, long chatId, long messageId) {
        JsonNode hint = complaint.path("replyHint");
        assertThat(hint.path("channelType").asText()).isEqualTo("telegram");
        assertThat(hint.path("channelId").asText()).isEqualTo(TelegramChannel.CHANNEL_ID);
        assertThat(hint.path("chatId").asText()).isEqualTo(Long.toString(chatId));
        assertThat(hint.path("replyToMessageId").asText()).isEqualTo(Long.toString(messageId));
        assertThat(complaint.path("channel").path("type").asText()).isEqualTo("telegram");
        assertThat(complaint.path("channel").path("id").asText()).isEqualTo(TelegramChannel.CHANNEL_ID);
    }

    /** The journal entry of the message is FORWARDED, under the delivered complaint's id and protocol number. */
    private static void assertForwarded(JsonNode complaint, long chatId, long messageId) {
        JournalEntry entry = channel.awaitEntry(chatId, messageId, LedgerState.FORWARDED);
        assertThat(entry.id()).isEqualTo(complaint.path("id").asText());
        assertThat(entry.protocolNumber()).isEqualTo(complaint.path("protocolNumber").asText());
    }

    /** IGNORED with {@code reason} in the ledger, and never delivered. */
    private static void assertIgnored(long chatId, long messageId, String reason) {
        JournalEntry entry = channel.awaitEntry(chatId, messageId, LedgerState.IGNORED);
        assertThat(entry.reason()).isEqualTo(reason);
        assertThat(entry.channelId()).isEqualTo(TelegramChannel.CHANNEL_ID);
        String externalId = chatId + ":" + messageId;
        assertThat(channel.delivered.all())
                .noneMatch(complaint -> complaint.path("channel").path("externalId").asText().equals(externalId));
    }

    private static void assertOnlyAttachment(JsonNode complaint, String name, String contentType, byte[] content) {
        assertThat(complaint.path("attachments")).hasSize(1);
        JsonNode attachment = complaint.path("attachments").get(0);
        assertThat(attachment.path("name").asText()).isEqualTo(name);
        assertThat(attachment.path("contentType").asText()).isEqualTo(contentType);
        assertThat(attachment.path("size").asLong()).isEqualTo(content.length);
        assertThat(Base64.getDecoder().decode(attachment.path("content").asText())).isEqualTo(content);
        assertThat(attachment.path("sha256").asText()).isEqualTo(sha256(content));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
