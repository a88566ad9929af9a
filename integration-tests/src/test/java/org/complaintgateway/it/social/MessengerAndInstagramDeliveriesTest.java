package org.complaintgateway.it.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Messenger and Instagram payload of the mappings' fixtures, posted signed to its channel: a customer's text or
 * attachment is answered 200 and becomes a FORWARDED, schema-valid complaint that can be answered on the same
 * platform (recipientId, pageId, the end of the 24-hour window; attachments by the URL Meta sent); the page's own
 * messages (echoes), reads and deliveries are IGNORED with the reason.
 */
class MessengerAndInstagramDeliveriesTest extends OnSocialChannels {

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(delimiter = '|', textBlock = """
            messenger | message-text.json  | My order 4711 arrived broken.
            messenger | message-image.json | ''
            instagram | message-text.json  | The jacket I ordered has a torn sleeve.
            instagram | message-image.json | Look at the sleeve.
            """)
    void aCustomersMessageBecomesAForwardedComplaintThatCanBeAnsweredOnThePlatform(String platform, String fixture,
                                                                                   String words) {
        String channelId = "support-" + platform;
        JsonNode messaging = ProviderFixtures.json(resource(platform, fixture)).at("/entry/0/messaging/0");

        Posted posted = channels.post(() -> channels.postToMeta(channelId, ProviderFixtures.bytes(resource(platform, fixture))));

        assertThat(posted.status()).isEqualTo(200);
        JournalEntry entry = posted.only();
        assertThat(entry.externalKey()).isEqualTo(messaging.at("/message/mid").asText());
        assertThat(channels.awaitTerminal(entry).state()).isEqualTo(LedgerState.FORWARDED);
        JsonNode complaint = channels.awaitComplaintOf(entry);
        assertThat(complaint.at("/channel/type").asText()).isEqualTo(platform);
        assertThat(complaint.at("/channel/id").asText()).isEqualTo(channelId);
        assertThat(complaint.at("/channel/externalId").asText()).isEqualTo(messaging.at("/message/mid").asText());
        assertThat(complaint.at("/customer/userId").asText()).isEqualTo(messaging.at("/sender/id").asText());
        assertThat(complaint.at("/replyHint/channelType").asText()).isEqualTo(platform);
        assertThat(complaint.at("/replyHint/channelId").asText()).isEqualTo(channelId);
        assertThat(complaint.at("/replyHint/recipientId").asText()).isEqualTo(messaging.at("/sender/id").asText());
        assertThat(complaint.at("/replyHint/pageId").asText()).isEqualTo(messaging.at("/recipient/id").asText());
        // the messaging timestamp is in epoch milliseconds, unlike WhatsApp's seconds
        assertThat(Instant.parse(complaint.at("/replyHint/windowExpiresAt").asText()))
                .isEqualTo(Instant.ofEpochMilli(messaging.path("timestamp").asLong()).plus(Duration.ofHours(24)));
        assertThat(complaint.path("text").asText()).isNotBlank().contains(words);
        List<String> urls = messaging.at("/message/attachments").findValuesAsText("url");
        assertThat(complaint.path("attachments").findValuesAsText("reference")).containsExactlyElementsOf(urls);
    }

    @ParameterizedTest(name = "{0}/{1} is IGNORED: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            messenger | message-echo.json | echo
            messenger | read.json         | read
            messenger | delivery.json     | delivery
            instagram | message-echo.json | echo
            """)
    void eventsThatAreNoComplaintAreIgnoredWithTheReason(String platform, String fixture, String reason) {
        Posted posted = channels.post(() -> channels.postToMeta("support-" + platform,
                ProviderFixtures.bytes(resource(platform, fixture))));

        assertThat(posted.status()).isEqualTo(200);
        JournalEntry entry = posted.only();
        assertThat(entry.state()).isEqualTo(LedgerState.IGNORED);
        assertThat(entry.reason()).isEqualTo(reason);
    }

    @Test
    void aWhatsAppDeliveryPostedToAMessengerChannelIsQuarantinedWithTheReason() {
        Posted posted = channels.post(() -> channels.postToMeta(SocialChannels.MESSENGER,
                ProviderFixtures.bytes("meta/whatsapp/message-text.json")));

        assertThat(posted.status()).isEqualTo(200);
        JournalEntry entry = posted.only();
        assertThat(entry.state()).isEqualTo(LedgerState.QUARANTINED);
        assertThat(entry.reason()).isEqualTo("object 'whatsapp_business_account' delivered to a messenger channel");
    }

    @Test
    void everyMessengerAndInstagramFixtureIsPostedByOneOfTheseTests() {
        assertThat(ProviderFixtures.in("meta/messenger")).containsExactlyInAnyOrder(
                "meta/messenger/message-text.json", "meta/messenger/message-image.json",
                "meta/messenger/message-echo.json", "meta/messenger/read.json", "meta/messenger/delivery.json");
        assertThat(ProviderFixtures.in("meta/instagram")).containsExactlyInAnyOrder(
                "meta/instagram/message-text.json", "meta/instagram/message-image.json",
                "meta/instagram/message-echo.json");
    }

    private static String resource(String platform, String fixture) {
        return "meta/" + platform + "/" + fixture;
    }
}
