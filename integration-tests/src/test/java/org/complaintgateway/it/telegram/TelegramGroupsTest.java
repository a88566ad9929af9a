package org.complaintgateway.it.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groups: people in a group talk to each other, so only what they address to the bot (a mention of it, a reply to
 * it) is a complaint, and only when the channel accepts group chats at all ({@code chatTypes}; by default private
 * chats only). The mention is no part of what the customer says, and the answer goes to the group.
 */
class TelegramGroupsTest {

    private static final String ALL_CHAT_TYPES = "    chatTypes: [private, group, supergroup]\n";
    private static final long CUSTOMER = TelegramUpdates.CUSTOMER;

    /** One gateway accepting every chat type for the tests of group messages, each on messages of its own. */
    @AutoClose
    private static TelegramChannel groups;
    /** Shared, so message ids stay unique across the tests on {@link #groups}. */
    private static final TelegramUpdates updates = new TelegramUpdates();

    /** For the one test of the default chat types. */
    @AutoClose
    TelegramChannel privateOnly;

    @BeforeAll
    static void start(@TempDir Path dir) {
        groups = TelegramChannel.start(dir, ALL_CHAT_TYPES);
    }

    @Test
    void aGroupMessageMentioningTheBotIsAComplaintWithoutTheMention() {
        long group = TelegramUpdates.GROUP;

        ObjectNode update = updates.mention(group, CUSTOMER, FakeTelegramBotApi.BOT_USERNAME, "my kettle leaks");
        long messageId = enqueue(groups, update);

        JsonNode complaint = groups.awaitComplaintOf(group, messageId);
        assertThat(complaint.path("text").asText()).isEqualTo("my kettle leaks");
        assertThat(complaint.path("customer").path("userId").asText()).isEqualTo(Long.toString(CUSTOMER));
        assertThat(complaint.path("customer").path("handle").asText()).isEqualTo("@fake_customer_" + CUSTOMER);
        assertThat(complaint.path("replyHint").path("chatId").asText()).isEqualTo(Long.toString(group));
        assertThat(complaint.path("replyHint").path("replyToMessageId").asText()).isEqualTo(Long.toString(messageId));
        assertThat(complaint.path("replyHint").path("channelId").asText()).isEqualTo(TelegramChannel.CHANNEL_ID);
        assertThat(groups.awaitEntry(group, messageId, LedgerState.FORWARDED).id())
                .isEqualTo(complaint.path("id").asText());
    }

    @Test
    void aSupergroupMessageMentioningTheBotIsAComplaintToo() {
        long supergroup = TelegramUpdates.SUPERGROUP;

        long messageId = enqueue(groups, updates.mention(supergroup, CUSTOMER, FakeTelegramBotApi.BOT_USERNAME,
                "the app logs me out every hour"));

        JsonNode complaint = groups.awaitComplaintOf(supergroup, messageId);
        assertThat(complaint.path("text").asText()).isEqualTo("the app logs me out every hour");
        assertThat(complaint.path("replyHint").path("chatId").asText()).isEqualTo(Long.toString(supergroup));
        groups.awaitEntry(supergroup, messageId, LedgerState.FORWARDED);
    }

    @Test
    void aGroupMessageReplyingToTheBotIsAComplaint() {
        long group = TelegramUpdates.GROUP;
        ObjectNode update = updates.text(group, CUSTOMER, "It still does not work");
        ObjectNode repliedTo = ((ObjectNode) update.path("message")).putObject("reply_to_message").put("message_id", 1);
        repliedTo.putObject("from").put("id", FakeTelegramBotApi.BOT_ID).put("is_bot", true)
                .put("first_name", "Fake Complaints Bot").put("username", FakeTelegramBotApi.BOT_USERNAME);
        repliedTo.set("chat", update.path("message").path("chat").deepCopy());

        long messageId = enqueue(groups, update);

        assertThat(groups.awaitComplaintOf(group, messageId).path("text").asText()).isEqualTo("It still does not work");
        groups.awaitEntry(group, messageId, LedgerState.FORWARDED);
    }

    @Test
    void aGroupMessageNotAddressedToTheBotIsIgnored() {
        long group = TelegramUpdates.GROUP;

        long chatter = enqueue(groups, updates.text(group, CUSTOMER, "Did anyone else get a broken kettle?"));
        long otherBot = enqueue(groups,
                updates.mention(group, CUSTOMER, TelegramUpdates.OTHER_BOT_USERNAME, "play a song"));
        long addressed = enqueue(groups,
                updates.mention(group, CUSTOMER, FakeTelegramBotApi.BOT_USERNAME, "mine leaks too"));

        assertIgnored(groups, group, chatter, "group message not addressed to the bot");
        assertIgnored(groups, group, otherBot, "group message not addressed to the bot");
        // the one after them is still taken: ignoring does not stop the channel
        assertThat(groups.awaitComplaintOf(group, addressed).path("text").asText()).isEqualTo("mine leaks too");
        groups.awaitEntry(group, addressed, LedgerState.FORWARDED);
        assertNotDelivered(groups, group, chatter);
        assertNotDelivered(groups, group, otherBot);
    }

    @Test
    void withTheDefaultChatTypesAGroupMessageIsIgnoredEvenWhenItMentionsTheBot(@TempDir Path dir) {
        privateOnly = TelegramChannel.start(dir, "");
        TelegramChannel channel = privateOnly;

        long group = enqueue(channel, updates.mention(TelegramUpdates.GROUP, CUSTOMER, FakeTelegramBotApi.BOT_USERNAME,
                "my kettle leaks"));
        long supergroup = enqueue(channel, updates.mention(TelegramUpdates.SUPERGROUP, CUSTOMER,
                FakeTelegramBotApi.BOT_USERNAME, "my kettle leaks"));
        long direct = enqueue(channel, updates.text(CUSTOMER, CUSTOMER, "my kettle leaks, I write you directly"));

        assertIgnored(channel, TelegramUpdates.GROUP, group, "chat type group not accepted");
        assertIgnored(channel, TelegramUpdates.SUPERGROUP, supergroup, "chat type supergroup not accepted");
        channel.awaitComplaintOf(CUSTOMER, direct);
        channel.awaitLedger(LedgerState.FORWARDED, 1);
        assertThat(channel.delivered.count()).isEqualTo(1);
    }

    private static void assertNotDelivered(TelegramChannel channel, long chatId, long messageId) {
        String externalId = chatId + ":" + messageId;
        assertThat(channel.delivered.all())
                .noneMatch(complaint -> complaint.path("channel").path("externalId").asText().equals(externalId));
    }

    private static long enqueue(TelegramChannel channel, ObjectNode update) {
        channel.api.enqueue(update);
        return TelegramChannel.messageIdOf(update);
    }

    private static void assertIgnored(TelegramChannel channel, long chatId, long messageId, String reason) {
        JournalEntry entry = channel.awaitEntry(chatId, messageId, LedgerState.IGNORED);
        assertThat(entry.reason()).isEqualTo(reason);
    }
}
