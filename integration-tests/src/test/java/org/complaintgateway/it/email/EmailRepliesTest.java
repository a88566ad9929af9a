package org.complaintgateway.it.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.mappings.email.OwnMessageIds;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The downstream answers an e-mail complaint through the reply API, and the gateway mails the answer over SMTP to the
 * customer, in their thread (In-Reply-To and References to their mail, Re: their subject with the protocol number,
 * a Message-ID of our own); the customer's answer to that mail comes back as a follow-up of the same complaint.
 */
class EmailRepliesTest {

    private static final String REPLY_TOKEN = "fake-reply-api-token";
    private static final String CUSTOMER = "anna@example.org";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @AutoClose
    MailChannel channel;

    @Test
    void aReplyIsMailedInTheCustomersThreadAndTheirAnswerIsAFollowUpOfTheComplaint() throws Exception {
        Files.writeString(dir.resolve("reply-api.secret"), REPLY_TOKEN);
        MailServer server = MailServer.start();
        channel = MailChannel.start(dir, server, "imap", """
                    smtp:
                      host: 127.0.0.1
                      port: %d
                      security: none
                      from: %s
                """.formatted(server.port(ServerSetup.PROTOCOL_SMTP), MailServer.ADDRESS),
                gateway -> gateway.section("""
                        replies:
                          auth:
                            bearer: "${file:reply-api.secret}"
                        """));
        server.deliver(TestMails.complaint("kettle-1@example.org", "Broken kettle", "It leaks since Monday."));
        JsonNode complaint = channel.awaitDelivered(1).get(0);
        String complaintId = complaint.path("id").asText();
        String protocolNumber = complaint.path("protocolNumber").asText();

        HttpResponse<String> accepted = postReply(complaintId, "A new kettle is on its way.");

        assertThat(accepted.statusCode()).isEqualTo(202);
        MimeMessage mailed = await().atMost(MailChannel.WITHIN).until(() -> server.receivedBy(CUSTOMER),
                received -> !received.isEmpty()).get(0);
        assertThat(mailed.getHeader("From", null)).isEqualTo(MailServer.ADDRESS);
        assertThat(mailed.getSubject()).isEqualTo("Re: Broken kettle [" + protocolNumber + "]");
        assertThat(mailed.getHeader("In-Reply-To", null)).isEqualTo("<kettle-1@example.org>");
        assertThat(mailed.getHeader("References", null)).contains("<kettle-1@example.org>");
        assertThat(mailed.getHeader("Auto-Submitted")).as("a person's answer is not automatic").isNull();
        String ourId = mailed.getMessageID();
        assertThat(OwnMessageIds.isOurs(ourId)).as(ourId).isTrue();
        assertThat(((String) mailed.getContent()).strip()).isEqualTo("A new kettle is on its way.");
        String replyId = json(accepted).path("id").asText();
        JsonNode status = await().atMost(MailChannel.WITHIN).until(() -> json(get(complaintId, replyId)),
                answer -> "sent".equals(answer.path("status").asText()));
        assertThat("<" + status.path("providerMessageId").asText() + ">").isEqualTo(ourId);

        // no protocol number in the subject: only the In-Reply-To of our reply ties it to the complaint
        server.deliver(TestMails.reply("kettle-2@example.org", ourId.substring(1, ourId.length() - 1),
                "Re: Broken kettle", "Thanks, but the new one leaks too."));

        List<JsonNode> both = channel.awaitDelivered(2);
        JsonNode followUp = both.stream().filter(c -> !c.path("id").asText().equals(complaintId)).findFirst().orElseThrow();
        assertThat(followUp.path("relations").path("followUpOf").asText()).isEqualTo(complaintId);
    }

    private HttpResponse<String> postReply(String complaintId, String text) {
        return TestGateway.send(HttpRequest.newBuilder(channel.gateway.url("/api/v1/complaints/" + complaintId + "/replies"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + REPLY_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("text", text)
                        .put("idempotencyKey", "answer-1").toString()))
                .build());
    }

    private HttpResponse<String> get(String complaintId, String replyId) {
        return TestGateway.send(HttpRequest.newBuilder(channel.gateway.url(
                        "/api/v1/complaints/" + complaintId + "/replies/" + replyId))
                .header("Authorization", "Bearer " + REPLY_TOKEN).GET().build());
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
