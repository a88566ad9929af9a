package org.complaintgateway.it.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.complaintgateway.it.support.GatewayWithDownstream;
import org.complaintgateway.mappings.Sha256;
import org.complaintgateway.routes.inbound.HmacSha256;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attachment over {@code downstream.inlineAttachmentsUpTo} reaches the downstream as a signed link to the gateway
 * instead of inline: the link serves exactly the file the complaint describes (size, SHA-256, name, type), from memory
 * right after delivery and from the journal after a restart, and a link the gateway did not sign serves nothing.
 */
class AttachmentLinksTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final byte[] NOTE = "Order 4711, paid on 2 November.\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PHOTO = new byte[6_000];

    static {
        new Random(7).nextBytes(PHOTO);
    }

    @TempDir
    Path dir;

    @AutoClose
    MailChannel channel;

    @Test
    void aFileOverTheInlineLimitArrivesAsALinkThatServesIt() throws Exception {
        JsonNode attachments = deliveredAttachments();

        JsonNode note = attachments.get(0);
        assertThat(note.path("content").asText()).isNotEmpty();
        assertThat(note.has("reference")).isFalse();
        JsonNode photo = attachments.get(1);
        assertThat(photo.has("content")).isFalse();
        assertThat(photo.path("size").asLong()).isEqualTo(PHOTO.length);
        assertThat(photo.path("sha256").asText()).isEqualTo(Sha256.hex(PHOTO));
        String link = photo.path("reference").asText();
        assertThat(link).startsWith(channel.gateway.url("/api/v1/complaints/").toString());

        HttpResponse<byte[]> served = get(link);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(PHOTO);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(served.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment; filename=\"receipt photo.jpg\""));
        assertThat(served.headers().map().keySet()).noneMatch(name -> name.equalsIgnoreCase("signature"));
    }

    /** After a restart nothing is in memory: the file is cut again from the mail in the journal. */
    @Test
    void aLinkStillServesItsFileAfterARestart() throws Exception {
        String link = deliveredAttachments().get(1).path("reference").asText();

        channel.gateway.restart();
        HttpResponse<byte[]> served = get(link);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(PHOTO);
        assertThat(served.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment; filename=\"receipt photo.jpg\""));
    }

    @Test
    void aLinkTheGatewayDidNotSignServesNothing() throws Exception {
        String link = deliveredAttachments().get(1).path("reference").asText();
        String complaintId = channel.delivered.all().get(0).path("id").asText();

        HttpResponse<byte[]> forged = get(link.substring(0, link.length() - 4) + "0000");
        HttpResponse<byte[]> otherFile = get(link.replace("/attachments/1?", "/attachments/0?"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(new String(forged.body(), StandardCharsets.UTF_8)).contains("the link's signature does not match");
        assertThat(otherFile.statusCode()).isEqualTo(403);
        assertThat(get(signedLink(complaintId, 2)).statusCode()).isEqualTo(404);
        assertThat(get(signedLink("01950f3c-0000-7000-8000-00000000ffff", 0)).statusCode()).isEqualTo(404);
    }

    /** Delivers a mail with a small note and a photo over the 4 KB limit; returns the complaint's attachments. */
    private JsonNode deliveredAttachments() {
        channel = MailChannel.start(dir, "imap", "", gateway -> gateway.downstreamKeys("  inlineAttachmentsUpTo: 4KB\n"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("order.txt", NOTE);
        files.put("receipt photo.jpg", PHOTO);
        channel.mail.deliver(TestMails.withAttachments("linked-1@example.org", "Broken kettle", "See the photo.", files));
        JsonNode complaint = channel.awaitDelivered(1).get(0);
        channel.awaitLedger(LedgerState.FORWARDED, 1);
        assertThat(complaint.path("attachments")).hasSize(2);
        return complaint.path("attachments");
    }

    /** A link signed as the gateway signs them, with the test's signing secret. */
    private String signedLink(String complaintId, int position) {
        byte[] signature = HmacSha256.of(GatewayWithDownstream.SIGNING_SECRET,
                ("attachment:" + complaintId + "/" + position).getBytes(StandardCharsets.UTF_8));
        return channel.gateway.url("/api/v1/complaints/" + complaintId + "/attachments/" + position) + "?signature="
                + HexFormat.of().formatHex(signature);
    }

    private static HttpResponse<byte[]> get(String link) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
