package org.complaintgateway.mappings.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.IDENTITY;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.SETTINGS;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.STORE;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.bundle;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.content;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.ignored;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.valid;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.ReplyHint;
import org.junit.jupiter.api.Test;

/**
 * Chat users split one complaint over several short messages; the updates of one chat, in order, become one
 * complaint: texts joined by a blank line, all attachments, the first message's key, time and customer, the answer
 * aimed at the last message. Ignored updates are left out; an edit replaces the message it edits.
 */
class TelegramMergeTest {

    private static final String TEXT = "update-burst-1-text.json";
    private static final String PHOTO = "update-burst-2-photo.json";
    private static final String STICKER = "update-burst-3-sticker.json";
    private static final String CONTACT = "update-burst-4-contact.json";
    private static final String EDIT_OF_TEXT = "update-burst-5-edit-of-1.json";

    @Test
    void burstOfMessagesBecomesOneComplaint() {
        Complaint complaint = valid(merge(List.of(TEXT, PHOTO, STICKER, CONTACT), STORE));

        assertThat(complaint.id()).isEqualTo(IDENTITY.complaintId());
        assertThat(complaint.text()).isEqualTo("Hello, my new kettle is broken.\n\nSee the crack?\n\n"
                + "Contact: Tomás Ejemplo, +34 600 000 001");
        assertThat(complaint.attachments()).containsExactly(Attachment.inline("photo-fake-uniq-burst-large.jpg", "image/jpeg",
                content(new FileRef("fake-burst-photo-large", null, null, "photo"))));
        assertThat(complaint.channel()).isEqualTo(new ChannelRef(ChannelType.TELEGRAM, "bot", "100000002:80", "100000002"));
        assertThat(complaint.receivedAt()).isEqualTo(Instant.parse("2026-03-02T10:15:30Z"));
        assertThat(complaint.replyHint()).isEqualTo(new ReplyHint.Telegram("bot", "100000002", "83"));
        assertThat(complaint.flags()).containsExactly("merged");
    }

    @Test
    void customerIsTheFirstMessagesWithThePhoneSharedLater() {
        Complaint complaint = valid(merge(List.of(TEXT, CONTACT), STORE));

        assertThat(complaint.customer())
                .isEqualTo(new Customer("Tomás Ejemplo", null, "+34 600 000 001", "100000002", "es", "100000002"));
    }

    @Test
    void editOfAMessageInTheGroupReplacesItWhereItStood() {
        MessageLookup knowsTheFirstMessage = new TelegramFixtures.MapLookup(
                Map.of(TelegramKeys.messageKey("100000002", "80"), "01950f3c-0000-7000-8000-000000000080"), Map.of());

        Complaint complaint = valid(merge(List.of(TEXT, PHOTO, EDIT_OF_TEXT), knowsTheFirstMessage));

        assertThat(complaint.text()).isEqualTo("Hello, my new kettle (order 4713) is broken.\n\nSee the crack?");
        assertThat(complaint.relations()).as("the original is part of this very complaint").isNull();
        assertThat(complaint.flags()).containsExactly("edited", "merged");
        assertThat(complaint.replyHint()).isEqualTo(new ReplyHint.Telegram("bot", "100000002", "80"));
    }

    @Test
    void droppedAttachmentOfAnyMessageIsFlagged() {
        List<byte[]> raws = List.of(bundle(TEXT), TelegramFixtures.bundleWithoutFiles(PHOTO, null));

        Complaint complaint = valid(TelegramMapper.mapMerged(raws, IDENTITY, SETTINGS, STORE));

        assertThat(complaint.attachments()).isEmpty();
        assertThat(complaint.flags()).containsExactly("attachmentsDropped", "merged");
    }

    @Test
    void oneMappedUpdateIsTheComplaintMapWouldGive() {
        assertThat(merge(List.of(STICKER, TEXT), STORE)).isEqualTo(TelegramMapper.map(bundle(TEXT), IDENTITY, SETTINGS, STORE));
    }

    @Test
    void allIgnoredGivesTheFirstReason() {
        assertThat(merge(List.of(STICKER, "update-command-start.json"), STORE)).isEqualTo(ignored("no-content"));
    }

    @Test
    void oneUnreadableUpdateQuarantinesTheGroupNamingIt() {
        List<byte[]> raws = List.of(bundle(TEXT), "not json".getBytes(StandardCharsets.UTF_8));

        MappingResult result = TelegramMapper.mapMerged(raws, IDENTITY, SETTINGS, STORE);

        assertThat(result).isInstanceOf(MappingResult.Quarantined.class);
        assertThat(((MappingResult.Quarantined) result).reason()).startsWith("update 2 of 2: unreadable Telegram bundle: ");
    }

    @Test
    void updatesOfDifferentChatsAreNotMerged() {
        assertThat(merge(List.of(TEXT, "update-text.json"), STORE))
                .isEqualTo(new MappingResult.Quarantined("updates of different chats cannot be merged"));
    }

    @Test
    void nothingToMergeIsQuarantined() {
        assertThat(TelegramMapper.mapMerged(List.of(), IDENTITY, SETTINGS, STORE))
                .isEqualTo(new MappingResult.Quarantined("no updates to merge"));
    }

    @Test
    void chatAndSenderOfAnUpdateGroupIt() {
        assertThat(TelegramMapper.chatOf(bundle(PHOTO))).contains("100000002");
        assertThat(TelegramMapper.senderOf(bundle(PHOTO))).contains("100000002");
        assertThat(TelegramMapper.chatOf(bundle("update-group-mention.json"))).contains("-1009000000001");
        assertThat(TelegramMapper.chatOf(bundle(EDIT_OF_TEXT))).contains("100000002");
    }

    @Test
    void updatesWithoutAChatMessageHaveNoChat() {
        assertThat(TelegramMapper.chatOf(bundle("update-callback-query.json"))).isEmpty();
        assertThat(TelegramMapper.chatOf("garbage".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(TelegramMapper.senderOf(bundle("update-channel-post.json"))).isEmpty();
    }

    private static MappingResult merge(List<String> fixtures, MessageLookup lookup) {
        return TelegramMapper.mapMerged(fixtures.stream().map(TelegramFixtures::bundle).toList(), IDENTITY, SETTINGS, lookup);
    }
}
