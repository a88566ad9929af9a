package org.complaintgateway.routes.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.complaintgateway.config.TelegramChannelConfig;
import org.complaintgateway.routes.inbound.HmacSha256;
import org.complaintgateway.routes.inbound.JsonAnswer;
import org.complaintgateway.routes.inbound.RequestBody;
import org.complaintgateway.routes.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook of one Telegram channel: Telegram POSTs each update here. The secret token Telegram was given by
 * setWebhook must come back in {@code X-Telegram-Bot-Api-Secret-Token} (camel-telegram does not check it; compared in
 * constant time), else 403 and nothing is journaled. 200 only after the journal commit; 503 when the store is down and
 * 500 when the update could not be journaled this time, so that Telegram posts it again.
 */
public final class TelegramWebhook {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhook.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Updates carry files by reference, so even a long text with its entities stays far below this. */
    static final int MAX_UPDATE_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TelegramChannelConfig channel;
    private final TelegramIntake intake;
    private final String secret;

    public TelegramWebhook(TelegramChannelConfig channel, TelegramIntake intake) {
        this.channel = channel;
        this.intake = intake;
        this.secret = channel.secretToken().reveal();
    }

    /** {@code POST path}. */
    public void receive(Exchange exchange) {
        Message in = exchange.getIn();
        String given = in.getHeader(SECRET_HEADER, String.class);
        in.removeHeader(SECRET_HEADER);
        if (!HmacSha256.sameSecret(given, secret)) {
            JsonAnswer.error(in, 403, "missing or wrong " + SECRET_HEADER);
            return;
        }
        JsonNode update = read(in);
        if (update == null) {
            return;
        }
        if (!intake.ready()) {
            BotAnswer me = intake.identifyBot();
            if (!me.ok()) {
                LOG.warn("Telegram channel '{}': getMe failed, the update waits at Telegram: {}", channel.id(), me.describe());
                JsonAnswer.error(in, 503, "the bot's identity is not known yet");
                return;
            }
        }
        try {
            intake.take(update);
            JsonAnswer.ok(in);
        } catch (StoreUnavailableException e) {
            LOG.warn("Telegram channel '{}': the store is unavailable, Telegram will post the update again: {}",
                    channel.id(), e.getMessage());
            JsonAnswer.error(in, 503, "the store is unavailable");
        } catch (RuntimeException e) {
            LOG.warn("Telegram channel '{}': update not journaled this time, Telegram will post it again: {}",
                    channel.id(), e.getMessage());
            JsonAnswer.error(in, 500, "the update could not be journaled");
        }
    }

    private JsonNode read(Message in) {
        Optional<byte[]> body = RequestBody.read(in, MAX_UPDATE_BYTES);
        if (body.isEmpty()) {
            return null;
        }
        try {
            JsonNode update = JSON.readTree(body.get());
            if (update != null && update.isObject() && update.path("update_id").canConvertToLong()
                    && update.path("update_id").isIntegralNumber()) {
                return update;
            }
        } catch (IOException e) {
            // answered below
        }
        JsonAnswer.error(in, 400, "expected a Telegram Update: a JSON object with an integer update_id");
        return null;
    }
}
