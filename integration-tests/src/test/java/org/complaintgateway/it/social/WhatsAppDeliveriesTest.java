package org.complaintgateway.it.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every WhatsApp Cloud API payload of the mappings' fixtures, posted signed as Meta posts it: each message (text,
 * every medium, location, contacts, replies to buttons and lists) is answered 200 and becomes a FORWARDED,
 * schema-valid complaint that can be answered on WhatsApp (to, phoneNumberId, the end of the 24-hour window); statuses
 * of our own messages and reactions are IGNORED with the reason. Media come from a loopback Graph API.
 */
class WhatsAppDeliveriesTest extends OnSocialChannels {

    private static final String DIR = "meta/whatsapp/";
    private static final Set<String> MEDIA_TYPES = Set.of("image", "document", "audio", "video", "sticker");
    /** What the loopback Graph API serves, by media id: small, distinct bytes per medium. */
    private static final Map<String, byte[]> SERVED = new HashMap<>();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            message-text.json                       | My kettle from order 4711 stopped working after one day.
            message-image.json                      | The lid broke off like this.
            message-document.json                   | Here is the invoice.
            message-audio-voice.json                | ''
            message-video.json                      | ''
            message-sticker.json                    | ''
            message-location.json                   | 1 Example Street, Berlin
            message-contacts.json                   | Ben Example
            message-interactive-button-reply.json   | I want a refund
            message-interactive-list-reply.json     | Product broken
            message-button.json                     | Talk to an agent
            delivery-two-messages.json              | The kettle leaks.
            """)
    void eachMessageBecomesAForwardedComplaintThatCanBeAnsweredOnWhatsApp(String fixture, String words) {
        JsonNode delivery = ProviderFixtures.json(DIR + fixture);
        JsonNode value = delivery.at("/entry/0/changes/0/value");
        value.path("messages").forEach(WhatsAppDeliveriesTest::serveMediumOf);

        Posted posted = channels.post(() -> channels.postToMeta(SocialChannels.WHATSAPP, ProviderFixtures.bytes(DIR + fixture)));

        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.journaled()).hasSize(value.path("messages").size());
        List<String> texts = new ArrayList<>();
        for (JsonNode message : value.path("messages")) {
            JournalEntry entry = entryOf(posted, message.path("id").asText());
            assertThat(channels.awaitTerminal(entry).state()).isEqualTo(LedgerState.FORWARDED);
            JsonNode complaint = channels.awaitComplaintOf(entry);
            assertComplaintOf(complaint, message, value);
            texts.add(complaint.path("text").asText());
        }
        assertThat(texts).anySatisfy(text -> assertThat(text).contains(words));
    }

    @ParameterizedTest(name = "{0} is IGNORED: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            status-sent.json      | status: sent
            status-delivered.json | status: delivered
            status-read.json      | status: read
            status-failed.json    | status: failed (Re-engagement message)
            message-reaction.json | unsupported-type: reaction
            """)
    void eventsThatAreNoComplaintAreIgnoredWithTheReason(String fixture, String reason) {
        Posted posted = channels.post(() -> channels.postToMeta(SocialChannels.WHATSAPP, ProviderFixtures.bytes(DIR + fixture)));

        assertThat(posted.status()).isEqualTo(200);
        JournalEntry entry = posted.only();
        assertThat(entry.state()).isEqualTo(LedgerState.IGNORED);
        assertThat(entry.reason()).isEqualTo(reason);
        assertThat(entry.channelId()).isEqualTo(SocialChannels.WHATSAPP);
    }

    @Test
    void everyWhatsAppFixtureIsPostedByOneOfTheseTests() {
        // a fixture added to mappings later must be added to a table above, not silently left out of the end-to-end run
        assertThat(ProviderFixtures.in("meta/whatsapp")).map(name -> name.substring(DIR.length()))
                .containsExactlyInAnyOrderElementsOf(Stream.of(
                        "message-text.json", "message-image.json", "message-document.json", "message-audio-voice.json",
                        "message-video.json", "message-sticker.json", "message-location.json", "message-contacts.json",
                        "message-interactive-button-reply.json", "message-interactive-list-reply.json",
                        "message-button.json", "delivery-two-messages.json", "status-sent.json",
                        "status-delivered.json", "status-read.json", "status-failed.json", "message-reaction.json")
                        .toList());
    }

    private static void assertComplaintOf(JsonNode complaint, JsonNode message, JsonNode value) {
        String from = message.path("from").asText();
        String phoneNumberId = value.at("/metadata/phone_number_id").asText();
        assertThat(complaint.at("/channel/type").asText()).isEqualTo("whatsapp");
        assertThat(complaint.at("/channel/id").asText()).isEqualTo(SocialChannels.WHATSAPP);
        assertThat(complaint.at("/channel/externalId").asText()).isEqualTo(message.path("id").asText());
        assertThat(complaint.at("/replyHint/channelType").asText()).isEqualTo("whatsapp");
        assertThat(complaint.at("/replyHint/channelId").asText()).isEqualTo(SocialChannels.WHATSAPP);
        assertThat(complaint.at("/replyHint/to").asText()).isEqualTo(from);
        assertThat(complaint.at("/replyHint/phoneNumberId").asText()).isEqualTo(phoneNumberId);
        // "Businesses have 24 hours to respond to a user message": from the message's timestamp, in epoch seconds
        assertThat(Instant.parse(complaint.at("/replyHint/windowExpiresAt").asText()))
                .isEqualTo(Instant.ofEpochSecond(message.path("timestamp").asLong()).plus(Duration.ofHours(24)));
        assertThat(complaint.at("/customer/phone").asText()).isEqualTo("+" + from);
        assertThat(complaint.at("/customer/name").asText()).isEqualTo(profileName(value, from));
        assertThat(complaint.path("text").asText()).isNotBlank();

        String type = message.path("type").asText();
        if (MEDIA_TYPES.contains(type)) {
            byte[] served = SERVED.get(message.path(type).path("id").asText());
            JsonNode attachment = complaint.at("/attachments/0");
            assertThat(attachment.path("sha256").asText()).isEqualTo(FakeGraphApi.sha256(served));
            assertThat(attachment.path("size").asLong()).isEqualTo(served.length);
            assertThat(Base64.getDecoder().decode(attachment.path("content").asText())).isEqualTo(served);
            assertThat(complaint.path("flags")).noneMatch(flag -> flag.asText().equals("attachmentsDropped"));
            if (message.path(type).has("filename")) {
                assertThat(attachment.path("name").asText()).isEqualTo(message.path(type).path("filename").asText());
            }
        }
        if (type.equals("location")) {
            assertThat(complaint.at("/location/latitude").asDouble()).isEqualTo(message.at("/location/latitude").asDouble());
            assertThat(complaint.at("/location/longitude").asDouble()).isEqualTo(message.at("/location/longitude").asDouble());
        }
    }

    /** The loopback Graph API serves the message's medium, if it has one. */
    private static void serveMediumOf(JsonNode message) {
        String type = message.path("type").asText();
        if (!MEDIA_TYPES.contains(type)) {
            return;
        }
        JsonNode medium = message.path(type);
        String mediaId = medium.path("id").asText();
        byte[] bytes = ("fake " + type + " content of medium " + mediaId).getBytes(StandardCharsets.UTF_8);
        SERVED.put(mediaId, bytes);
        channels.graph.serve(mediaId, medium.path("mime_type").asText(), bytes);
    }

    private static String profileName(JsonNode value, String waId) {
        for (JsonNode contact : value.path("contacts")) {
            if (contact.path("wa_id").asText().equals(waId)) {
                return contact.at("/profile/name").asText();
            }
        }
        throw new AssertionError("the fixture names no contact " + waId);
    }

    private static JournalEntry entryOf(Posted posted, String wamid) {
        return posted.journaled().stream().filter(entry -> wamid.equals(entry.externalKey())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing journaled for " + wamid + ": " + posted.journaled()));
    }
}
