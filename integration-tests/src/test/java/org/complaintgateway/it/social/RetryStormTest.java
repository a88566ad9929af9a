package org.complaintgateway.it.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.Test;

/**
 * Senders deliver again whatever they are unsure of: Meta retries a delivery it got no 200 for, Slack retries with
 * {@code X-Slack-Retry-Num}, and Slack sends a mention in a channel the app reads twice, as {@code app_mention} and as
 * {@code message}. However often a message arrives, it is one complaint: the first arrival FORWARDED, every other a
 * DUPLICATE in the ledger.
 */
class RetryStormTest extends OnSocialChannels {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSameMetaDeliveryPostedFiveTimesIsOneComplaintAndFourDuplicates() {
        byte[] delivery = ProviderFixtures.bytes("meta/whatsapp/message-text.json");
        String wamid = ProviderFixtures.json("meta/whatsapp/message-text.json").at("/entry/0/changes/0/value/messages/0/id").asText();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(channels.postToMeta(SocialChannels.WHATSAPP, delivery).statusCode()).as("attempt %d", attempt).isEqualTo(200);
        }

        assertOneComplaintAndDuplicates(wamid, 4);
    }

    @Test
    void aSlackRetrySequenceIsOneComplaint() {
        byte[] event = ProviderFixtures.bytes("slack/message-im.json");
        byte[] retried = ProviderFixtures.bytes("slack/message-im-retry.json");
        JsonNode inner = ProviderFixtures.json("slack/message-im.json").path("event");

        assertThat(channels.postToSlack(event).statusCode()).isEqualTo(200);
        for (int retry = 1; retry <= 3; retry++) {
            // each retry is signed afresh, with its own timestamp, over the same body
            assertThat(channels.postToSlack(retried, "X-Slack-Retry-Num", Integer.toString(retry),
                    "X-Slack-Retry-Reason", "http_timeout").statusCode()).as("retry %d", retry).isEqualTo(200);
        }

        assertOneComplaintAndDuplicates(inner.path("channel").asText() + ":" + inner.path("ts").asText(), 3);
    }

    @Test
    void aMentionAndItsMessageTwinAreOneComplaint() {
        JsonNode mention = ProviderFixtures.json("slack/app-mention.json").path("event");

        assertThat(channels.postToSlack(ProviderFixtures.bytes("slack/app-mention.json")).statusCode()).isEqualTo(200);
        assertThat(channels.postToSlack(ProviderFixtures.bytes("slack/message-mention-twin.json")).statusCode()).isEqualTo(200);

        assertOneComplaintAndDuplicates(mention.path("channel").asText() + ":" + mention.path("ts").asText(), 1);
    }

    @Test
    void aMentionAndItsMessageTwinInAWatchedChannelAreOneComplaint() {
        // the fixtures' pair, moved to the watched channel at another time: there the message alone would be a complaint
        String ts = "1515450000.000777";
        byte[] mention = movedTo(ProviderFixtures.json("slack/app-mention.json"), SocialChannels.WATCHED_SLACK_CHANNEL, ts);
        byte[] message = movedTo(ProviderFixtures.json("slack/message-mention-twin.json"), SocialChannels.WATCHED_SLACK_CHANNEL, ts);

        assertThat(channels.postToSlack(message).statusCode()).isEqualTo(200);
        assertThat(channels.postToSlack(mention).statusCode()).isEqualTo(200);

        assertOneComplaintAndDuplicates(SocialChannels.WATCHED_SLACK_CHANNEL + ":" + ts, 1);
    }

    private static void assertOneComplaintAndDuplicates(String externalKey, int duplicates) {
        List<JournalEntry> entries = channels.awaitEntriesOf(externalKey, 1 + duplicates);
        assertThat(entries).hasSize(1 + duplicates);
        assertThat(entries).filteredOn(entry -> entry.state() == LedgerState.FORWARDED).hasSize(1);
        assertThat(entries).filteredOn(entry -> entry.state() == LedgerState.DUPLICATE).hasSize(duplicates);
        JournalEntry forwarded = entries.stream().filter(entry -> entry.state() == LedgerState.FORWARDED).findFirst().orElseThrow();
        channels.awaitComplaintOf(forwarded);
        assertThat(channels.delivered.all())
                .filteredOn(complaint -> complaint.at("/channel/externalId").asText().equals(externalKey)).hasSize(1);
    }

    private static byte[] movedTo(JsonNode body, String channel, String ts) {
        ObjectNode event = (ObjectNode) body.path("event");
        event.put("channel", channel).put("ts", ts).put("event_ts", ts);
        ((ObjectNode) body).put("event_id", body.path("event_id").asText() + "W");
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
