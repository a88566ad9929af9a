package org.complaintgateway.it.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Slack Events API payload of the mappings' fixtures, posted signed to the app's Request URL: a direct message,
 * a mention of the app, a message in a watched channel (a thread reply, a broadcast, one with a file, passed on by reference) is answered 200
 * and becomes a FORWARDED, schema-valid complaint answerable in its thread (channel, threadTs); bots, our own replies,
 * edits, other channels and other events are IGNORED with the reason; the url_verification handshake is answered with
 * its challenge and journals nothing.
 */
class SlackEventsTest extends OnSocialChannels {

    private static final String DIR = "slack/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            message-im.json               | 4711 (https://shop.example.com/orders/4711) stopped working after one day & the lid is loose.
            app-mention.json              | my delivery <DE-9931> is two weeks late
            message-channel-watched.json  | The replacement leaks as well.
            message-thread-broadcast.json | Still no answer about the leaking kettle.
            message-file-share.json       | This is how the lid looks now
            """)
    void aMessageToUsBecomesAForwardedComplaintAnswerableInItsThread(String fixture, String words) {
        JsonNode event = ProviderFixtures.json(DIR + fixture).path("event");
        String channel = event.path("channel").asText();
        String ts = event.path("ts").asText();
        String threadTs = event.path("thread_ts").asText(ts);

        Posted posted = channels.post(() -> channels.postToSlack(ProviderFixtures.bytes(DIR + fixture)));

        assertThat(posted.status()).isEqualTo(200);
        JournalEntry entry = posted.only();
        assertThat(entry.externalKey()).isEqualTo(channel + ":" + ts);
        assertThat(channels.awaitTerminal(entry).state()).isEqualTo(LedgerState.FORWARDED);
        JsonNode complaint = channels.awaitComplaintOf(entry);
        assertThat(complaint.at("/channel/type").asText()).isEqualTo("slack");
        assertThat(complaint.at("/channel/id").asText()).isEqualTo(SocialChannels.SLACK);
        assertThat(complaint.at("/channel/externalId").asText()).isEqualTo(channel + ":" + ts);
        assertThat(complaint.at("/channel/threadKey").asText()).isEqualTo(channel + ":" + threadTs);
        assertThat(complaint.at("/customer/userId").asText()).isEqualTo(event.path("user").asText());
        assertThat(complaint.at("/replyHint/channelType").asText()).isEqualTo("slack");
        assertThat(complaint.at("/replyHint/channelId").asText()).isEqualTo(SocialChannels.SLACK);
        assertThat(complaint.at("/replyHint/channel").asText()).isEqualTo(channel);
        assertThat(complaint.at("/replyHint/threadTs").asText()).isEqualTo(threadTs);
        assertThat(complaint.path("text").asText()).contains(words).doesNotContain("<@U0LAN0Z89>");
        // files are passed on by reference: url_private, which the downstream reads with the app's token
        assertThat(complaint.path("attachments")).hasSameSizeAs(event.path("files"));
        for (int i = 0; i < event.path("files").size(); i++) {
            JsonNode file = event.path("files").get(i);
            JsonNode attachment = complaint.path("attachments").get(i);
            assertThat(attachment.path("reference").asText()).isEqualTo(file.path("url_private").asText());
            assertThat(attachment.path("name").asText()).isEqualTo(file.path("name").asText());
            assertThat(attachment.path("contentType").asText()).isEqualTo(file.path("mimetype").asText());
            assertThat(attachment.path("size").asLong()).isEqualTo(file.path("size").asLong());
        }
        assertThat(complaint.path("flags")).noneMatch(flag -> flag.asText().equals("attachmentsDropped"));
    }

    @ParameterizedTest(name = "{0} is {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            message-bot-message.json          | IGNORED     | bot-message
            message-other-app.json            | IGNORED     | bot-message
            message-own.json                  | IGNORED     | own-message
            message-changed.json              | IGNORED     | subtype: message_changed
            message-channel-not-watched.json  | IGNORED     | not-watched-channel: C024BE91M
            reaction-added.json               | IGNORED     | unsupported-event: reaction_added
            app-rate-limited.json             | IGNORED     | app-rate-limited: Slack did not send this app's events for a minute
            """)
    void eventsThatAreNoComplaintEndWithTheReason(String fixture, LedgerState state, String reason) {
        Posted posted = channels.post(() -> channels.postToSlack(ProviderFixtures.bytes(DIR + fixture)));

        assertThat(posted.status()).isEqualTo(200);
        JournalEntry entry = posted.only();
        assertThat(entry.state()).isEqualTo(state);
        assertThat(entry.reason()).isEqualTo(reason);
    }

    @Test
    void theUrlVerificationHandshakeIsAnsweredWithItsChallengeAndJournalsNothing() throws Exception {
        JsonNode handshake = ProviderFixtures.json(DIR + "url-verification.json");

        Posted posted = channels.post(() -> channels.postToSlack(ProviderFixtures.bytes(DIR + "url-verification.json")));

        assertThat(posted.status()).isEqualTo(200);
        assertThat(JSON.readTree(posted.response().body()).path("challenge").asText())
                .isEqualTo(handshake.path("challenge").asText());
        assertThat(posted.journaled()).isEmpty();
    }

    @Test
    void everySlackFixtureIsPostedByOneOfTheseTestsOrTheRetryStorms() {
        assertThat(ProviderFixtures.in("slack")).map(name -> name.substring(DIR.length())).containsExactlyInAnyOrder(
                "message-im.json", "app-mention.json", "message-channel-watched.json",
                "message-thread-broadcast.json", "message-file-share.json", "message-bot-message.json",
                "message-other-app.json", "message-own.json", "message-changed.json",
                "message-channel-not-watched.json", "reaction-added.json", "app-rate-limited.json",
                "url-verification.json",
                // RetryStormTest
                "message-im-retry.json", "message-mention-twin.json");
    }
}
