package org.complaintgateway.it.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.function.UnaryOperator;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WhatsApp medium is downloaded from the Graph API before its message is journaled, and travels inline in the
 * complaint. One over the channel's {@code maxMediaSize} is left out and flagged. While the Graph API fails, the
 * delivery is answered 500 and nothing of that message is journaled, so that Meta delivers it again; after
 * {@code maxAttempts} deliveries it is journaled without the file, so that a medium that never comes cannot hold the
 * complaint back forever. The channel here: {@code maxMediaSize: 1KB}, {@code maxAttempts: 2}.
 */
class WhatsAppMediaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMAGE = "meta/whatsapp/message-image.json";

    @TempDir
    static Path dir;

    @AutoClose
    static SocialChannels channels;

    @BeforeAll
    static void startGateway() {
        channels = SocialChannels.start(dir, "    maxMediaSize: 1KB\n    maxAttempts: 2\n", UnaryOperator.identity());
    }

    @Test
    void anImageTravelsInlineInTheComplaint() {
        byte[] photo = bytes(600);
        channels.graph.serve("910000000000001", "image/jpeg", photo);

        Posted posted = channels.post(() -> postImage("wamid.FAKE-MEDIA-INLINE", "910000000000001"));

        assertThat(posted.status()).isEqualTo(200);
        JsonNode complaint = channels.awaitComplaintOf(posted.only());
        JsonNode attachment = complaint.at("/attachments/0");
        assertThat(attachment.path("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(attachment.path("size").asLong()).isEqualTo(photo.length);
        assertThat(attachment.path("sha256").asText()).isEqualTo(FakeGraphApi.sha256(photo));
        assertThat(Base64.getDecoder().decode(attachment.path("content").asText())).isEqualTo(photo);
        assertThat(complaint.path("flags")).noneMatch(flag -> flag.asText().equals("attachmentsDropped"));
    }

    @Test
    void aMediumOverMaxMediaSizeIsLeftOutAndFlagged() {
        channels.graph.serve("910000000000002", "image/jpeg", bytes(5_000));

        Posted posted = channels.post(() -> postImage("wamid.FAKE-MEDIA-LARGE", "910000000000002"));

        assertThat(posted.status()).isEqualTo(200);
        JsonNode complaint = channels.awaitComplaintOf(posted.only());
        assertThat(complaint.path("attachments")).isEmpty();
        assertThat(complaint.path("flags")).anyMatch(flag -> flag.asText().equals("attachmentsDropped"));
        assertThat(complaint.path("text").asText()).contains("The lid broke off like this.").contains("maxMediaSize");
    }

    @Test
    void whileTheGraphApiFailsTheDeliveryIsAnswered500AndJournalsNothingThenTheRetryBecomesTheComplaint() {
        byte[] photo = bytes(700);
        channels.graph.fail("910000000000003", 500);

        Posted failed = channels.post(() -> postImage("wamid.FAKE-MEDIA-OUTAGE", "910000000000003"));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.journaled()).isEmpty();

        channels.graph.serve("910000000000003", "image/jpeg", photo);
        Posted retried = channels.post(() -> postImage("wamid.FAKE-MEDIA-OUTAGE", "910000000000003"));

        assertThat(retried.status()).isEqualTo(200);
        JournalEntry entry = retried.only();
        assertThat(channels.awaitTerminal(entry).state()).isEqualTo(LedgerState.FORWARDED);
        JsonNode complaint = channels.awaitComplaintOf(entry);
        assertThat(complaint.at("/attachments/0/sha256").asText()).isEqualTo(FakeGraphApi.sha256(photo));
        assertThat(channels.graph.requestsFor("910000000000003")).isEqualTo(2);
    }

    @Test
    void whenTheGraphApiKeepsFailingTheLastAttemptIsJournaledWithoutTheFile() {
        channels.graph.fail("910000000000004", 500);

        Posted first = channels.post(() -> postImage("wamid.FAKE-MEDIA-GONE", "910000000000004"));
        Posted second = channels.post(() -> postImage("wamid.FAKE-MEDIA-GONE", "910000000000004"));

        assertThat(first.status()).isEqualTo(500);
        assertThat(first.journaled()).isEmpty();
        assertThat(second.status()).isEqualTo(200);
        JournalEntry entry = second.only();
        assertThat(channels.awaitTerminal(entry).state()).isEqualTo(LedgerState.FORWARDED);
        JsonNode complaint = channels.awaitComplaintOf(entry);
        assertThat(complaint.path("attachments")).isEmpty();
        assertThat(complaint.path("flags")).anyMatch(flag -> flag.asText().equals("attachmentsDropped"));
        assertThat(complaint.path("text").asText()).contains("not downloaded after 2 attempts");
    }

    @Test
    void theFakeGraphApiRefusesRequestsWithoutTheBearerToken() {
        // what makes the tests above prove the gateway sends its access token
        channels.graph.serve("910000000000005", "image/jpeg", bytes(10));
        HttpResponse<String> anonymous = TestGateway.send(
                HttpRequest.newBuilder(URI.create(channels.graph.apiUrl() + "/910000000000005")).GET().build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("OAuthException");
    }

    /** The image fixture as Meta would post another image message: its own wamid and media id. */
    private static HttpResponse<String> postImage(String wamid, String mediaId) {
        JsonNode delivery = ProviderFixtures.json(IMAGE);
        ObjectNode message = (ObjectNode) delivery.at("/entry/0/changes/0/value/messages/0");
        message.put("id", wamid);
        ((ObjectNode) message.path("image")).put("id", mediaId);
        try {
            return channels.postToMeta(SocialChannels.WHATSAPP, JSON.writeValueAsBytes(delivery));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(int size) {
        byte[] pattern = "fake jpeg bytes ".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = pattern[i % pattern.length];
        }
        return bytes;
    }
}
