package org.complaintgateway.mappings.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.slack.SlackFixtures.ANA;
import static org.complaintgateway.mappings.slack.SlackFixtures.DIRECT_CHANNEL;
import static org.complaintgateway.mappings.slack.SlackFixtures.IDENTITY;
import static org.complaintgateway.mappings.slack.SlackFixtures.OTHER_CHANNEL;
import static org.complaintgateway.mappings.slack.SlackFixtures.SETTINGS;
import static org.complaintgateway.mappings.slack.SlackFixtures.WATCHED_CHANNEL;
import static org.complaintgateway.mappings.slack.SlackFixtures.body;
import static org.complaintgateway.mappings.slack.SlackFixtures.changed;
import static org.complaintgateway.mappings.slack.SlackFixtures.map;
import static org.complaintgateway.mappings.slack.SlackFixtures.mapped;
import static org.complaintgateway.mappings.slack.SlackFixtures.valid;
import static org.complaintgateway.mappings.slack.SlackFixtures.withEvent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.ReplyHint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A journaled Slack request becomes a complaint that validates against the schema when a person wrote to us: a direct
 * message, a mention of the app, a message in a watched channel. Everything else is ignored with a reason (bots, our
 * own replies, edits and other subtypes, other channels, other events); what is no event_callback is quarantined
 * with a reason that quotes nothing of it. Fixtures are in the Events API's published shapes.
 */
class SlackMapperTest {

    private static final Customer ANA_EXAMPLE = new Customer(null, null, null, ANA, null, ANA);

    @Nested
    class DirectMessages {

        @Test
        void aDirectMessageBecomesAComplaintAnsweredInItsThread() {
            Complaint complaint = mapped("message-im.json");

            assertThat(complaint.id()).isEqualTo(IDENTITY.complaintId());
            assertThat(complaint.protocolNumber()).isEqualTo("RC-2026-000042");
            assertThat(complaint.receivedAt()).isEqualTo(IDENTITY.receivedAt());
            assertThat(complaint.channel()).isEqualTo(new ChannelRef(ChannelType.SLACK, "slack-support",
                    "D024BE91L:1355517523.000005", "D024BE91L:1355517523.000005"));
            assertThat(complaint.customer()).isEqualTo(ANA_EXAMPLE);
            assertThat(complaint.subject()).isNull();
            assertThat(complaint.text()).isEqualTo("Hello, my kettle from order 4711 (https://shop.example.com/orders/4711)"
                    + " stopped working after one day & the lid is loose.\nPlease replace it.");
            assertThat(complaint.attachments()).isEmpty();
            assertThat(complaint.replyHint()).isEqualTo(new ReplyHint.Slack("slack-support", DIRECT_CHANNEL, "1355517523.000005"));
            assertThat(complaint.flags()).isEmpty();
        }

        @Test
        void aRetryMapsToTheSameComplaint() {
            assertThat(mapped("message-im-retry.json")).isEqualTo(mapped("message-im.json"));
        }

        @Test
        void aMessageInTheAppHomeIsADirectMessage() {
            byte[] body = withEvent("message-im.json", event -> event.put("channel_type", "app_home"));

            assertThat(valid(SlackMapper.map(body, IDENTITY, SETTINGS)).replyHint())
                    .isEqualTo(new ReplyHint.Slack("slack-support", DIRECT_CHANNEL, "1355517523.000005"));
        }

        @Test
        void aMessageWithNothingToSayIsIgnored() {
            byte[] body = withEvent("message-im.json", event -> event.put("text", " <@U0LAN0Z89> "));

            assertThat(SlackMapper.map(body, IDENTITY, SETTINGS)).isEqualTo(new MappingResult.Ignored("no-content"));
        }
    }

    @Nested
    class Mentions {

        @Test
        void aMentionAnywhereBecomesAComplaintWithoutTheMention() {
            Complaint complaint = mapped("app-mention.json");

            assertThat(complaint.text()).isEqualTo(
                    "my delivery <DE-9931> is two weeks late, see #support and https://track.example.com/DE-9931");
            assertThat(complaint.channel()).isEqualTo(new ChannelRef(ChannelType.SLACK, "slack-support",
                    "C024BE91M:1515449522.000016", "C024BE91M:1515449522.000016"));
            assertThat(complaint.replyHint()).isEqualTo(new ReplyHint.Slack("slack-support", OTHER_CHANNEL, "1515449522.000016"));
            assertThat(complaint.customer()).isEqualTo(ANA_EXAMPLE);
        }

        @Test
        void theMessageTwinOfAMentionMapsToTheSameComplaintWhicheverComesFirst() {
            // Both share one dedupe key: had the twin in an unwatched channel been ignored, the mention would be lost.
            assertThat(mapped("message-mention-twin.json")).isEqualTo(mapped("app-mention.json"));
        }

        @Test
        void withoutAuthorizationsTheMentionCannotBeToldFromOthersAndStays() {
            byte[] body = changed("app-mention.json", root -> root.remove("authorizations"));

            assertThat(valid(SlackMapper.map(body, IDENTITY, SETTINGS)).text()).startsWith("@U0LAN0Z89 my delivery");
        }
    }

    @Nested
    class Channels {

        @Test
        void aMessageInAWatchedChannelBecomesAComplaintAnsweredInItsThread() {
            Complaint complaint = mapped("message-channel-watched.json");

            assertThat(complaint.text()).isEqualTo("The replacement leaks as well. @U0AGENT01 said you would call @here");
            assertThat(complaint.channel()).isEqualTo(new ChannelRef(ChannelType.SLACK, "slack-support",
                    "C0LAN2Q65:1515449700.000300", "C0LAN2Q65:1515449600.000200"));
            assertThat(complaint.replyHint()).isEqualTo(new ReplyHint.Slack("slack-support", WATCHED_CHANNEL, "1515449600.000200"));
        }

        @Test
        void aMessageInAnotherChannelIsIgnored() {
            assertThat(map("message-channel-not-watched.json"))
                    .isEqualTo(new MappingResult.Ignored("not-watched-channel: C024BE91M"));
        }

        @Test
        void aChannelIsWatchedOnlyWhenConfigured() {
            SlackMappingSettings watchingNothing = new SlackMappingSettings("slack-support", null);

            assertThat(SlackMapper.map(body("message-channel-watched.json"), IDENTITY, watchingNothing))
                    .isEqualTo(new MappingResult.Ignored("not-watched-channel: C0LAN2Q65"));
            assertThat(SlackMapper.map(body("message-channel-not-watched.json"), IDENTITY,
                    new SlackMappingSettings("slack-support", Set.of(OTHER_CHANNEL)))).isInstanceOf(MappingResult.Mapped.class);
        }

        @Test
        void aThreadReplyAlsoSentToTheChannelIsTheCustomersMessage() {
            Complaint complaint = mapped("message-thread-broadcast.json");

            assertThat(complaint.text()).isEqualTo("Still no answer about the leaking kettle.");
            assertThat(complaint.replyHint()).isEqualTo(new ReplyHint.Slack("slack-support", WATCHED_CHANNEL, "1515449600.000200"));
        }
    }

    @Nested
    class Senders {

        @Test
        void aBotMessageIsIgnored() {
            assertThat(map("message-bot-message.json")).isEqualTo(new MappingResult.Ignored("bot-message"));
        }

        @Test
        void anotherAppsMessageIsIgnored() {
            assertThat(map("message-other-app.json")).isEqualTo(new MappingResult.Ignored("bot-message"));
        }

        @Test
        void ourOwnReplyIsIgnoredAsOurs() {
            assertThat(map("message-own.json")).isEqualTo(new MappingResult.Ignored("own-message"));
        }

        @Test
        void aUserInstallationDoesNotMakeThatUsersMessagesOurOwn() {
            byte[] body = changed("message-im.json", root -> {
                ObjectNode authorization = (ObjectNode) root.get("authorizations").get(0);
                authorization.put("user_id", ANA).put("is_bot", false);
            });

            assertThat(SlackMapper.map(body, IDENTITY, SETTINGS)).isInstanceOf(MappingResult.Mapped.class);
        }
    }

    @Test
    void aWatchedChannelsMessageWithoutChannelTypeIsStillAComplaint() {
        byte[] body = withEvent("message-channel-watched.json", event -> event.remove("channel_type"));

        assertThat(valid(SlackMapper.map(body, IDENTITY, SETTINGS)).text()).isNotBlank();
    }

    @Nested
    class Subtypes {

        @Test
        void anEditIsIgnoredWithItsSubtype() {
            assertThat(map("message-changed.json")).isEqualTo(new MappingResult.Ignored("subtype: message_changed"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"message_deleted", "channel_join", "me_message", "message_replied"})
        void otherSubtypesAreIgnoredWithTheirName(String subtype) {
            byte[] body = withEvent("message-channel-watched.json", event -> event.put("subtype", subtype));

            assertThat(SlackMapper.map(body, IDENTITY, SETTINGS)).isEqualTo(new MappingResult.Ignored("subtype: " + subtype));
        }
    }

    @Nested
    class Files {

        @Test
        void sharedFilesAreAttachedByTheirPrivateLink() {
            Complaint complaint = mapped("message-file-share.json");

            assertThat(complaint.text()).isEqualTo("This is how the lid looks now");
            assertThat(complaint.attachments()).containsExactly(Attachment.byReference("lid.jpg", "image/jpeg", 98213L,
                    "https://files.slack.com/files-pri/T061EG9R6-F04EEHX1EES/lid.jpg"));
            assertThat(complaint.flags()).isEmpty();
            assertThat(complaint.channel().externalId()).isEqualTo("D024BE91L:1670631527.874149");
        }

        @Test
        void aFileWithoutWordsIsStillAComplaint() {
            byte[] body = withEvent("message-file-share.json", event -> event.put("text", ""));

            Complaint complaint = valid(SlackMapper.map(body, IDENTITY, SETTINGS));

            assertThat(complaint.text()).isEqualTo("(file)");
            assertThat(complaint.attachments()).hasSize(1);
        }

        @Test
        void aSlackConnectFileWithoutALinkIsLeftOutAndTheComplaintSaysSo() {
            byte[] body = withEvent("message-file-share.json", event -> {
                event.put("text", "");
                event.putArray("files").addObject().put("id", "F12345678").put("file_access", "check_file_info");
            });

            Complaint complaint = valid(SlackMapper.map(body, IDENTITY, SETTINGS));

            assertThat(complaint.text()).isEqualTo("(file)");
            assertThat(complaint.attachments()).isEmpty();
            assertThat(complaint.flags()).containsExactly("attachmentsDropped");
        }
    }

    @Nested
    class OtherEvents {

        @Test
        void aReactionIsAnUnsupportedEvent() {
            assertThat(map("reaction-added.json")).isEqualTo(new MappingResult.Ignored("unsupported-event: reaction_added"));
        }

        @Test
        void aTypeThatIsNoSlackNameIsNotRepeated() {
            byte[] body = withEvent("reaction-added.json", event -> event.put("type", "Ana Example, +1 555 0100"));

            assertThat(SlackMapper.map(body, IDENTITY, SETTINGS))
                    .isEqualTo(new MappingResult.Ignored("unsupported-event: (unprintable)"));
        }
    }

    @Nested
    class Unreadable {

        @Test
        void aBodyThatIsNotJsonIsQuarantinedByPosition() {
            MappingResult result = SlackMapper.map(
                    "{\"type\": \"event_callback\", \"event\": {\"text\": \"Ana".getBytes(StandardCharsets.UTF_8), IDENTITY, SETTINGS);

            assertThat(result).isInstanceOf(MappingResult.Quarantined.class);
            assertThat(((MappingResult.Quarantined) result).reason())
                    .startsWith("not a Slack event: malformed JSON at line 1").doesNotContain("Ana");
        }

        @Test
        void anEmptyBodyIsQuarantined() {
            assertThat(SlackMapper.map(new byte[0], IDENTITY, SETTINGS))
                    .isEqualTo(new MappingResult.Quarantined("not a Slack event: empty body"));
        }

        @Test
        void jsonThatIsNoObjectIsQuarantined() {
            assertThat(SlackMapper.map("[1, 2]".getBytes(StandardCharsets.UTF_8), IDENTITY, SETTINGS))
                    .isEqualTo(new MappingResult.Quarantined("not a Slack event: not a JSON object"));
        }

        @Test
        void aRateLimitNoticeIsIgnoredAndSaysWhat() {
            assertThat(map("app-rate-limited.json")).isEqualTo(new MappingResult.Ignored(
                    "app-rate-limited: Slack did not send this app's events for a minute"));
        }

        @Test
        void aCallbackOfAnotherKindIsQuarantinedWithItsType() {
            assertThat(map("url-verification.json"))
                    .isEqualTo(new MappingResult.Quarantined("not a Slack event: type url_verification"));
        }

        @Test
        void aCallbackWithoutEventIsQuarantined() {
            byte[] body = changed("message-im.json", root -> root.remove("event"));

            assertThat(SlackMapper.map(body, IDENTITY, SETTINGS))
                    .isEqualTo(new MappingResult.Quarantined("not a Slack event: no event object"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"channel", "ts", "user"})
        void aMessageWithoutChannelTsOrUserIsQuarantinedNamingTheField(String field) {
            byte[] body = withEvent("message-im.json", event -> event.remove(field));

            assertThat(SlackMapper.map(body, IDENTITY, SETTINGS))
                    .isEqualTo(new MappingResult.Quarantined("unreadable Slack message: no " + field));
        }

        @Test
        void noIdentityIsAFailedMappingNotAnException() {
            assertThat(SlackMapper.map(body("message-im.json"), null, SETTINGS))
                    .isEqualTo(new MappingResult.Quarantined("mapping failed: NullPointerException"));
        }
    }
}
