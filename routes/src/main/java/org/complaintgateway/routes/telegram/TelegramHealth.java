package org.complaintgateway.routes.telegram;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * The health of one Telegram channel, as its last call to the Bot API left it: DOWN with Telegram's own words when
 * the token is refused, another consumer of the bot is active (409), or the API cannot be reached.
 */
public final class TelegramHealth extends AbstractHealthCheck {

    private volatile String problem = "not polled yet";

    public TelegramHealth(String channelId) {
        super("complaint-gateway", "telegram-" + channelId);
    }

    public void up() {
        problem = null;
    }

    void down(String why) {
        problem = why;
    }

    /** The current problem, or null when the channel works. */
    public String problem() {
        return problem;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        String now = problem;
        if (now == null) {
            builder.up();
        } else {
            builder.message(now).down();
        }
    }
}
