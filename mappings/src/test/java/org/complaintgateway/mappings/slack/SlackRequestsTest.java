package org.complaintgateway.mappings.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.slack.SlackFixtures.body;

import java.nio.charset.StandardCharsets;
import org.complaintgateway.mappings.InboundEvent;
import org.complaintgateway.mappings.Sha256;
import org.junit.jupiter.api.Test;

/**
 * A request to the Request URL is Slack checking the URL, or one event to journal, whatever the body. A message is
 * keyed by channel and ts, so a retried delivery and the two events of one mention (message and app_mention, with
 * different event ids) are duplicates of the first; other events by their event id, unreadable bodies by their hash.
 */
class SlackRequestsTest {

    @Test
    void urlVerificationIsAnsweredWithItsChallenge() {
        assertThat(SlackRequests.read(body("url-verification.json")))
                .isEqualTo(new SlackRequest.UrlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
    }

    @Test
    void aMessageIsJournaledAsReceivedKeyedByChannelAndTs() {
        byte[] body = body("message-im.json");

        InboundEvent event = event(body);

        assertThat(event.externalKey()).isEqualTo("D024BE91L:1355517523.000005");
        assertThat(event.dedupeKey()).isEqualTo("message:D024BE91L:1355517523.000005");
        assertThat(event.raw()).isEqualTo(body);
    }

    @Test
    void aRetryHasTheKeysOfTheFirstDeliveryEvenWrittenDifferently() {
        InboundEvent first = event(body("message-im.json"));
        InboundEvent retry = event(body("message-im-retry.json"));

        assertThat(body("message-im-retry.json")).isNotEqualTo(body("message-im.json"));
        assertThat(retry.dedupeKey()).isEqualTo(first.dedupeKey());
        assertThat(retry.externalKey()).isEqualTo(first.externalKey());
    }

    @Test
    void aMentionAndItsMessageTwinShareOneDedupeKey() {
        InboundEvent mention = event(body("app-mention.json"));
        InboundEvent twin = event(body("message-mention-twin.json"));

        assertThat(mention.dedupeKey()).isEqualTo("message:C024BE91M:1515449522.000016").isEqualTo(twin.dedupeKey());
        assertThat(mention.externalKey()).isEqualTo(twin.externalKey());
    }

    @Test
    void anEventWithoutAMessageIsKeyedByItsEventId() {
        InboundEvent event = event(body("reaction-added.json"));

        assertThat(event.externalKey()).isNull();
        assertThat(event.dedupeKey()).isEqualTo("event:Ev0REACT01");
    }

    @Test
    void anEventWithoutEventIdOrMessageIsKeyedByItsBody() {
        byte[] body = SlackFixtures.changed("reaction-added.json", root -> root.remove("event_id"));

        assertThat(event(body).dedupeKey()).isEqualTo("body:" + Sha256.hex(body));
    }

    @Test
    void aBodyThatIsNotJsonIsStillOneEventKeyedByItsHash() {
        byte[] body = "token=fake&type=event_callback".getBytes(StandardCharsets.UTF_8);

        InboundEvent event = event(body);

        assertThat(event.externalKey()).isNull();
        assertThat(event.dedupeKey()).isEqualTo("body:" + Sha256.hex(body));
        assertThat(event.raw()).isEqualTo(body);
    }

    @Test
    void aCallbackOfAnotherKindIsAnEventKeyedByItsHash() {
        byte[] body = body("app-rate-limited.json");

        assertThat(event(body).dedupeKey()).isEqualTo("body:" + Sha256.hex(body));
    }

    @Test
    void aUrlVerificationWithoutChallengeIsAnEventToQuarantine() {
        byte[] body = SlackFixtures.changed("url-verification.json", root -> root.remove("challenge"));

        assertThat(SlackRequests.read(body)).isInstanceOf(SlackRequest.Event.class);
    }

    @Test
    void noBodyAtAllIsAnEmptyEvent() {
        InboundEvent event = event(null);

        assertThat(event.raw()).isEmpty();
        assertThat(event.dedupeKey()).isEqualTo("body:" + Sha256.hex(new byte[0]));
    }

    private static InboundEvent event(byte[] body) {
        SlackRequest request = SlackRequests.read(body);
        assertThat(request).isInstanceOf(SlackRequest.Event.class);
        return ((SlackRequest.Event) request).event();
    }
}
