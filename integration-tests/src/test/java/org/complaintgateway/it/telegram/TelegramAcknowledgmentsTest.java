package org.complaintgateway.it.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bot that acknowledges: a customer's message is answered at once in their chat, as a reply to it, with the
 * protocol number of the complaint it became, in the customer's language (Telegram's language_code).
 */
class TelegramAcknowledgmentsTest {

    private static final long CHAT = TelegramUpdates.CUSTOMER;

    @TempDir
    Path dir;

    @AutoClose
    TelegramChannel channel;

    private final TelegramUpdates updates = new TelegramUpdates();

    @Test
    void aMessageIsAcknowledgedInTheChatWithTheProtocolNumber() {
        channel = TelegramChannel.start(dir, "", gateway -> gateway.section("""
                acknowledgments:
                  channels: [%s]
                  responseTime: 2 business days
                """.formatted(TelegramChannel.CHANNEL_ID)));

        channel.api.enqueue(updates.text(CHAT, CHAT, "My order 4711 arrived broken."));

        JsonNode complaint = channel.awaitDelivered(1).get(0);
        SentMessage acknowledgment = await().atMost(TelegramChannel.WITHIN)
                .until(() -> channel.api.sentMessages().stream().findFirst().orElse(null), Objects::nonNull);
        assertThat(acknowledgment.chatId()).isEqualTo(Long.toString(CHAT));
        assertThat(acknowledgment.replyToMessageId()).hasValue(1);
        assertThat(acknowledgment.text()).contains(complaint.path("protocolNumber").asText()).contains("2 business days");
        // recorded sent once the Bot API's answer is in
        await().atMost(TelegramChannel.WITHIN).untilAsserted(() -> assertThat(
                channel.gateway.store().outbound().ofComplaint(complaint.path("id").asText())).singleElement()
                .satisfies(message -> assertThat(message.providerMessageId()).isEqualTo(Long.toString(acknowledgment.messageId()))));
    }
}
