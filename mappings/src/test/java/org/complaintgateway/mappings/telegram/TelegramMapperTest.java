package org.complaintgateway.mappings.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.GROUP_SETTINGS;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.IDENTITY;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.KNOWN_COMPLAINT;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.REPLIED_COMPLAINT;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.SETTINGS;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.STORE;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.bundle;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.bundleWithoutFiles;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.content;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.ignored;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.map;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.mapped;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.update;
import static org.complaintgateway.mappings.telegram.TelegramFixtures.valid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.Location;
import org.complaintgateway.mappings.model.Relations;
import org.complaintgateway.mappings.model.ReplyHint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A journaled Telegram update becomes a complaint that validates against the schema, is ignored with a reason (not a
 * customer's words: stickers, /start, bots, channel posts, group chatter, other update kinds), or is quarantined with
 * a reason that quotes nothing of it. One context per kind of payload, each with its fixture in the Bot API's shape.
 */
class TelegramMapperTest {

    private static final Instant SENT = Instant.parse("2026-03-02T10:15:30Z");
    private static final Customer MARA = new Customer("Mara Beispiel", null, null, "@mara_beispiel", "de", "100000001");

    @Nested
    class Text {

        @Test
        void privateTextMessageBecomesAComplaint() {
            Complaint complaint = mapped("update-text.json");

            assertThat(complaint.id()).isEqualTo(IDENTITY.complaintId());
            assertThat(complaint.protocolNumber()).isEqualTo("RC-2026-000042");
            assertThat(complaint.receivedAt()).isEqualTo(SENT);
            assertThat(complaint.channel()).isEqualTo(new ChannelRef(ChannelType.TELEGRAM, "bot", "100000001:42", "100000001"));
            assertThat(complaint.customer()).isEqualTo(MARA);
            assertThat(complaint.subject()).isNull();
            assertThat(complaint.text()).isEqualTo("My kettle from order 4711 stopped working after one day.\nPlease replace it.");
            assertThat(complaint.attachments()).isEmpty();
            assertThat(complaint.replyHint()).isEqualTo(new ReplyHint.Telegram("bot", "100000001", "42"));
            assertThat(complaint.relations()).isNull();
            assertThat(complaint.flags()).isEmpty();
            assertThat(complaint.location()).isNull();
        }

        @Test
        void customerWithoutUsernameHasTheUserIdAsHandle() {
            Complaint complaint = mapped("update-burst-1-text.json");

            assertThat(complaint.customer()).isEqualTo(new Customer("Tomás Ejemplo", null, null, "100000002", "es", "100000002"));
        }

        @Test
        void controlCharactersAreRemovedAndLineEndsBecomeNewlines() {
            assertThat(mapped("update-text-with-control-characters.json").text())
                    .isEqualTo("Second line of my complaint: it also leaks.\nAnd the lid is loose.");
        }

        @Test
        void messageWithoutDateIsDatedWhenTheGatewayReceivedIt() {
            ObjectNode update = (ObjectNode) update("update-text.json");
            ((ObjectNode) update.get("message")).remove("date");

            Complaint complaint = valid(TelegramMapper.map(TelegramBundle.toBytes(update, null, null), IDENTITY, SETTINGS, STORE));

            assertThat(complaint.receivedAt()).isEqualTo(IDENTITY.receivedAt());
        }

        @Test
        void mappingIsPure() {
            byte[] raw = bundle("update-photo-with-caption.json");

            assertThat(TelegramMapper.map(raw, IDENTITY, SETTINGS, STORE)).isEqualTo(TelegramMapper.map(raw, IDENTITY, SETTINGS, STORE));
        }
    }

    @Nested
    class Photo {

        @Test
        void captionIsTheTextAndTheLargestSizeTheOneAttachment() {
            Complaint complaint = mapped("update-photo-with-caption.json");

            assertThat(complaint.text()).isEqualTo("The lid broke off like this.");
            assertThat(complaint.attachments()).containsExactly(Attachment.inline("photo-fake-uniq-photo-1280.jpg", "image/jpeg",
                    content(new FileRef("fake-photo-1280", "fake-uniq-photo-1280", 98213L, "photo"))));
            assertThat(complaint.flags()).isEmpty();
        }

        @Test
        void photoWithoutCaptionIsAComplaintWithEmptyText() {
            Complaint complaint = mapped("update-photo-without-caption.json");

            assertThat(complaint.text()).isEmpty();
            assertThat(complaint.attachments()).extracting(Attachment::name).containsExactly("photo-fake-uniq-photo-large.jpg");
        }

        @Test
        void photoNameTakesTheExtensionOfTheDownloadedPath() {
            FileRef photo = TelegramFiles.wanted(update("update-photo-with-caption.json")).get(0);
            byte[] raw = TelegramBundle.toBytes(update("update-photo-with-caption.json"),
                    List.of(new DownloadedFile(photo.fileId(), "photos/file_9.jpeg", content(photo))), null);

            Complaint complaint = valid(TelegramMapper.map(raw, IDENTITY, SETTINGS, STORE));

            assertThat(complaint.attachments()).extracting(Attachment::name, Attachment::contentType)
                    .containsExactly(tuple("photo-fake-uniq-photo-1280.jpeg", "image/jpeg"));
        }

        @Test
        void skippedPhotoIsLeftOutAndFlagged() {
            byte[] raw = bundleWithoutFiles("update-photo-with-caption.json",
                    List.of(new SkippedFile("fake-photo-1280", "larger than the channel's maxFileSize of 20 MB")));

            Complaint complaint = valid(TelegramMapper.map(raw, IDENTITY, SETTINGS, STORE));

            assertThat(complaint.text()).isEqualTo("The lid broke off like this.");
            assertThat(complaint.attachments()).isEmpty();
            assertThat(complaint.flags()).containsExactly("attachmentsDropped");
        }

        @Test
        void photoMissingFromTheBundleWithoutReasonIsAlsoLeftOutAndFlagged() {
            Complaint complaint = valid(TelegramMapper.map(bundleWithoutFiles("update-photo-without-caption.json", null),
                    IDENTITY, SETTINGS, STORE));

            assertThat(complaint.text()).isEmpty();
            assertThat(complaint.attachments()).isEmpty();
            assertThat(complaint.flags()).containsExactly("attachmentsDropped");
        }
    }

    @Nested
    class Document {

        @Test
        void documentKeepsItsFileNameAndMimeType() {
            Complaint complaint = mapped("update-document.json");

            assertThat(complaint.text()).isEqualTo("Here is the invoice.");
            assertThat(complaint.attachments()).containsExactly(Attachment.inline("invoice-4711.pdf", "application/pdf",
                    content(new FileRef("fake-document-invoice", null, null, "document"))));
        }

        @Test
        void documentWithoutMimeTypeGetsOneFromItsExtensionAndLosesItsDirectory() {
            Complaint complaint = mapped("update-document-without-mime-type.json");

            assertThat(complaint.text()).isEmpty();
            assertThat(complaint.attachments()).extracting(Attachment::name, Attachment::contentType)
                    .containsExactly(tuple("receipt.png", "image/png"));
        }
    }

    @Nested
    class Voice {

        @Test
        void voiceNoteIsAnOggAttachmentNamedAfterItsUniqueId() {
            Complaint complaint = mapped("update-voice.json");

            assertThat(complaint.text()).isEmpty();
            assertThat(complaint.attachments()).containsExactly(Attachment.inline("voice-fake-uniq-voice.oga", "audio/ogg",
                    content(new FileRef("fake-voice", null, null, "voice"))));
        }
    }

    @Nested
    class Audio {

        @Test
        void audioKeepsItsFileNameAndMimeType() {
            Complaint complaint = mapped("update-audio.json");

            assertThat(complaint.text()).isEqualTo("This is the noise it makes.");
            assertThat(complaint.attachments()).extracting(Attachment::name, Attachment::contentType)
                    .containsExactly(tuple("noise-when-boiling.m4a", "audio/mp4"));
        }

        @Test
        void audioWithoutNameOrMimeTypeIsAudioMpeg() {
            Complaint complaint = mapped("update-audio-without-name.json");

            assertThat(complaint.attachments()).extracting(Attachment::name, Attachment::contentType)
                    .containsExactly(tuple("audio-fake-uniq-audio-bare.m4a", "audio/mpeg"));
        }
    }

    @Nested
    class Video {

        @Test
        void videoIsAttachedWithoutItsThumbnail() {
            Complaint complaint = mapped("update-video.json");

            assertThat(complaint.text()).isEqualTo("Watch where the water comes out.");
            assertThat(complaint.attachments()).containsExactly(Attachment.inline("leak.mp4", "video/mp4",
                    content(new FileRef("fake-video", null, null, "video"))));
        }
    }

    @Nested
    class VideoNote {

        @Test
        void roundVideoNoteIsAnMp4Attachment() {
            Complaint complaint = mapped("update-video-note.json");

            assertThat(complaint.text()).isEmpty();
            assertThat(complaint.attachments()).extracting(Attachment::name, Attachment::contentType)
                    .containsExactly(tuple("video-note-fake-uniq-video-note.mp4", "video/mp4"));
        }
    }

    @Nested
    class Animation {

        @Test
        void animationIsAttachedOnceAlthoughTelegramAlsoSendsItAsDocument() {
            Complaint complaint = mapped("update-animation.json");

            assertThat(complaint.text()).isEqualTo("It sparks when I switch it on!");
            assertThat(complaint.attachments()).extracting(Attachment::name, Attachment::contentType)
                    .containsExactly(tuple("sparks.gif.mp4", "video/mp4"));
        }
    }

    @Nested
    class Contact {

        @Test
        void sendersOwnContactGivesTheCustomersPhone() {
            Complaint complaint = mapped("update-contact-own.json");

            assertThat(complaint.customer().phone()).isEqualTo("+49 30 5550100");
            assertThat(complaint.text()).isEqualTo("Contact: Mara Beispiel, +49 30 5550100");
        }

        @Test
        void someoneElsesContactStaysInTheTextOnly() {
            Complaint complaint = mapped("update-contact-other.json");

            assertThat(complaint.customer()).isEqualTo(MARA);
            assertThat(complaint.text()).isEqualTo("Contact: Courier Fakeexpress, +49 30 5550199");
        }
    }

    @Nested
    class SharedLocation {

        @Test
        void locationIsTextAndStructuredField() {
            Complaint complaint = mapped("update-location.json");

            assertThat(complaint.text()).isEqualTo("Location: 52.520008, 13.404954");
            assertThat(complaint.location()).isEqualTo(new Location(52.520008, 13.404954, null, null));
        }

        @Test
        void venueKeepsItsTitleAndAddress() {
            Complaint complaint = mapped("update-venue.json");

            assertThat(complaint.text())
                    .isEqualTo("Location: Kettle Shop Fake Branch, Beispielplatz 1, 80331 München (48.137154, 11.576124)");
            assertThat(complaint.location()).isEqualTo(
                    new Location(48.137154, 11.576124, "Kettle Shop Fake Branch", "Beispielplatz 1, 80331 München"));
        }

        @Test
        void liveLocationMovingIsIgnored() {
            assertThat(map("update-live-location-edit.json")).isEqualTo(ignored("live location update"));
        }

        @Test
        void locationOutsideTheGlobeIsQuarantined() {
            assertThat(map("update-location-out-of-range.json")).isEqualTo(new MappingResult.Quarantined(
                    "unreadable Telegram update: message.location: latitude must be from -90 to 90"));
        }
    }

    @Nested
    class EditedMessage {

        @Test
        void editOfAKnownMessageIsAFollowUpOfItsComplaint() {
            Complaint complaint = mapped("update-edited-message.json");

            assertThat(complaint.relations()).isEqualTo(new Relations(KNOWN_COMPLAINT, null, "edited message"));
            assertThat(complaint.flags()).containsExactly("edited");
            assertThat(complaint.text()).endsWith("Please replace it or refund me.");
            assertThat(complaint.channel().externalId()).isEqualTo("100000001:42");
            assertThat(complaint.receivedAt()).isEqualTo(SENT.plusSeconds(120));
        }

        @Test
        void editOfAnUnknownMessageIsStillMappedAndFlagged() {
            Complaint complaint = mapped("update-edited-unknown-message.json");

            assertThat(complaint.relations()).isNull();
            assertThat(complaint.flags()).containsExactly("edited");
            assertThat(complaint.text()).isEqualTo("I meant order 4712, sorry.");
        }
    }

    @Nested
    class Threading {

        @Test
        void knownProtocolNumberInTheTextMakesAFollowUp() {
            assertThat(mapped("update-text-with-protocol-number.json").relations())
                    .isEqualTo(new Relations(KNOWN_COMPLAINT, null, "protocol number in text"));
        }

        @Test
        void unknownProtocolNumberLinksNothing() {
            Complaint complaint = valid(TelegramMapper.map(bundle("update-text-with-protocol-number.json"), IDENTITY,
                    SETTINGS, MessageLookup.NONE));

            assertThat(complaint.relations()).isNull();
        }

        @Test
        void replyToAKnownMessageIsAFollowUpOfItsComplaint() {
            assertThat(mapped("update-reply-to-own-message.json").relations())
                    .isEqualTo(new Relations(REPLIED_COMPLAINT, null, "reply to a known message"));
        }
    }

    @Nested
    class NoContent {

        @Test
        void stickerIsIgnored() {
            assertThat(map("update-sticker.json")).isEqualTo(ignored("no-content"));
        }

        @Test
        void textOfOnlyEmojiAndWhitespaceIsIgnored() {
            assertThat(map("update-emoji-only.json")).isEqualTo(ignored("no-content"));
        }
    }

    @Nested
    class Commands {

        @ParameterizedTest
        @ValueSource(strings = {"update-command-start.json", "update-command-start-with-payload.json", "update-command-help.json"})
        void startAndHelpAreIgnored(String fixture) {
            assertThat(map(fixture)).isEqualTo(ignored("command"));
        }

        @Test
        void otherCommandIntroducesTheComplaint() {
            assertThat(mapped("update-command-with-text.json").text()).isEqualTo("my order 4711 arrived broken");
        }

        @Test
        void otherCommandWithNothingAfterItIsIgnored() {
            assertThat(map("update-command-without-text.json")).isEqualTo(ignored("command"));
        }
    }

    @Nested
    class SendersAndUpdateKinds {

        @Test
        void messageFromABotIsIgnored() {
            assertThat(map("update-from-bot.json")).isEqualTo(ignored("from a bot"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"update-channel-post.json", "update-edited-channel-post.json"})
        void channelPostIsIgnored(String fixture) {
            assertThat(map(fixture)).isEqualTo(ignored("channel post"));
        }

        @Test
        void callbackQueryIsIgnoredAsUnsupported() {
            assertThat(map("update-callback-query.json")).isEqualTo(ignored("unsupported update: callback_query"));
        }

        @Test
        void chatMemberChangeIsIgnoredAsUnsupported() {
            assertThat(map("update-my-chat-member.json")).isEqualTo(ignored("unsupported update: my_chat_member"));
        }
    }

    @Nested
    class Groups {

        @Test
        void groupChatsAreNotAcceptedByDefault() {
            assertThat(map("update-group-mention.json", SETTINGS)).isEqualTo(ignored("chat type supergroup not accepted"));
        }

        @Test
        void groupMessageNotAddressedToTheBotIsIgnored() {
            assertThat(map("update-group-not-addressed.json", GROUP_SETTINGS))
                    .isEqualTo(ignored("group message not addressed to the bot"));
        }

        @Test
        void mentionOfTheBotAddressesItAndIsTakenOutOfTheText() {
            Complaint complaint = mapped("update-group-mention.json", GROUP_SETTINGS);

            assertThat(complaint.text()).isEqualTo("the kettle I bought last week leaks.");
            assertThat(complaint.customer()).isEqualTo(MARA);
            assertThat(complaint.channel()).isEqualTo(
                    new ChannelRef(ChannelType.TELEGRAM, "bot", "-1009000000001:71", "-1009000000001"));
            assertThat(complaint.replyHint()).isEqualTo(new ReplyHint.Telegram("bot", "-1009000000001", "71"));
        }

        @Test
        void mentionIsRecognisedWhateverItsCase() {
            assertThat(mapped("update-group-mention-other-case.json", GROUP_SETTINGS).text()).isEqualTo("Hey my kettle leaks too.");
        }

        @Test
        void textMentionOfTheBotsUserIdAddressesIt() {
            assertThat(mapped("update-group-text-mention.json", GROUP_SETTINGS).text()).isEqualTo("my kettle leaks too.");
        }

        @Test
        void commandForTheBotAddressesIt() {
            assertThat(mapped("update-group-command.json", GROUP_SETTINGS).text()).isEqualTo("the handle melted");
        }

        @Test
        void commandForAnotherBotDoesNotAddressIt() {
            assertThat(map("update-group-command-for-other-bot.json", GROUP_SETTINGS))
                    .isEqualTo(ignored("group message not addressed to the bot"));
        }

        @Test
        void replyToTheBotsMessageAddressesIt() {
            assertThat(mapped("update-group-reply-to-bot.json", GROUP_SETTINGS).text()).isEqualTo("No, it still does not work.");
        }

        @Test
        void mentionWithNothingButEmojiIsIgnored() {
            assertThat(map("update-group-mention-emoji-only.json", GROUP_SETTINGS)).isEqualTo(ignored("no-content"));
        }

        @Test
        void withoutTheBotsNameAndIdOnlyCommandsAddressIt() {
            TelegramMappingSettings anonymous = new TelegramMappingSettings("bot", null, null, Set.of("supergroup"), "RC");

            assertThat(map("update-group-mention.json", anonymous)).isEqualTo(ignored("group message not addressed to the bot"));
            assertThat(mapped("update-group-command.json", anonymous).text()).isEqualTo("the handle melted");
        }
    }

    @Nested
    class Unreadable {

        @Test
        void bytesThatAreNotJsonAreQuarantined() {
            MappingResult result = TelegramMapper.map("{\"update\": {".getBytes(StandardCharsets.UTF_8), IDENTITY, SETTINGS, STORE);

            assertThat(result).isInstanceOf(MappingResult.Quarantined.class);
            assertThat(((MappingResult.Quarantined) result).reason()).startsWith("unreadable Telegram bundle: malformed JSON");
        }

        @Test
        void bundleWithoutUpdateIsQuarantined() {
            assertThat(TelegramMapper.map("{\"files\": []}".getBytes(StandardCharsets.UTF_8), IDENTITY, SETTINGS, STORE))
                    .isEqualTo(new MappingResult.Quarantined("unreadable Telegram bundle: no update object"));
        }

        @Test
        void updateWithoutAnyKindIsQuarantined() {
            assertThat(map("update-without-kind.json")).isEqualTo(new MappingResult.Quarantined(
                    "unreadable Telegram update: the update carries no object beside update_id"));
        }

        @Test
        void messageWithoutChatIsQuarantined() {
            assertThat(map("update-message-without-chat.json"))
                    .isEqualTo(new MappingResult.Quarantined("unreadable Telegram update: message.chat.id missing"));
        }

        @Test
        void fileContentThatIsNotBase64IsQuarantined() {
            String raw = "{\"update\": {\"update_id\": 1}, \"files\": [{\"fileId\": \"fake\", \"content\": \"not base64!\"}]}";

            assertThat(TelegramMapper.map(raw.getBytes(StandardCharsets.UTF_8), IDENTITY, SETTINGS, STORE))
                    .isEqualTo(new MappingResult.Quarantined("unreadable Telegram bundle: files[0].content is not base64"));
        }

        @Test
        void failingStoreQuarantinesWithoutQuotingTheMessage() {
            MessageLookup failing = new MessageLookup() {
                @Override
                public Optional<String> complaintOf(String chatId, String messageId) {
                    throw new IllegalStateException("store down while looking up " + chatId);
                }

                @Override
                public Optional<String> byProtocolNumber(String protocolNumber) {
                    throw new IllegalStateException("store down");
                }
            };

            assertThat(TelegramMapper.map(bundle("update-edited-message.json"), IDENTITY, SETTINGS, failing))
                    .isEqualTo(new MappingResult.Quarantined("mapping failed: IllegalStateException"));
        }
    }

    @Nested
    class Classify {

        @Test
        void tellsWhyAJournaledUpdateIsNoComplaint() {
            assertThat(TelegramMapper.classify(bundle("update-sticker.json"), SETTINGS)).contains(ignored("no-content"));
        }

        @Test
        void tellsNothingAboutAComplaint() {
            assertThat(TelegramMapper.classify(bundle("update-text.json"), SETTINGS)).isEmpty();
        }

        @Test
        void tellsNothingAboutAnUnreadableBundle() {
            assertThat(TelegramMapper.classify("][".getBytes(StandardCharsets.UTF_8), SETTINGS)).isEmpty();
        }

        @Test
        void classifiesAnUpdateBeforeItIsJournaled() {
            assertThat(TelegramMapper.classify(update("update-group-not-addressed.json"), GROUP_SETTINGS))
                    .contains(ignored("group message not addressed to the bot"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"update-text.json", "update-text-with-protocol-number.json", "update-text-with-control-characters.json",
        "update-reply-to-own-message.json", "update-photo-with-caption.json", "update-photo-without-caption.json",
        "update-document.json", "update-document-without-mime-type.json", "update-voice.json", "update-audio.json",
        "update-audio-without-name.json", "update-video.json", "update-video-note.json", "update-animation.json",
        "update-contact-own.json", "update-contact-other.json", "update-location.json", "update-venue.json",
        "update-edited-message.json", "update-edited-unknown-message.json", "update-command-with-text.json",
        "update-group-mention.json", "update-group-mention-other-case.json", "update-group-text-mention.json",
        "update-group-command.json", "update-group-reply-to-bot.json", "update-burst-2-photo.json", "update-burst-4-contact.json"})
    void everyMappedComplaintValidatesAgainstTheSchema(String fixture) {
        MappingResult result = map(fixture, GROUP_SETTINGS);

        assertThat(valid(result).channel().type()).isEqualTo(ChannelType.TELEGRAM);
    }
}
