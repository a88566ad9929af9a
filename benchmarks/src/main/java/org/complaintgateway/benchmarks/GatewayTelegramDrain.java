package org.complaintgateway.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.complaintgateway.it.telegram.FakeTelegramBotApi;

/**
 * The gateway's drain of a bot's backlog: {@code Gateway.start} with one {@code telegram} channel polling the fake Bot
 * API, until every update reached the sink (one Idempotency-Key each) or the drain timeout passed; then the ledger's
 * counts. A merge window of 0s makes each message its own complaint at once; everything else is the channel's default
 * but the long poll, 1s instead of 25s, which only matters once the backlog is gone.
 */
final class GatewayTelegramDrain {

    private static final String CHANNEL_ID = "bench-bot";
    private static final String TOKEN_VARIABLE = "BENCH_BOT_TOKEN";

    private GatewayTelegramDrain() {
    }

    static DrainResult drain(FakeTelegramBotApi api, Preload backlog, Duration timeout, Path workDir)
            throws InterruptedException {
        double loadBefore = LoadAverage.now();
        try (ChannelGateway gateway = ChannelGateway.start(channelYaml(api),
                Map.of(TOKEN_VARIABLE, FakeTelegramBotApi.TOKEN), workDir)) {
            return gateway.drain(backlog, timeout, loadBefore,
                    () -> api.pendingCount() + " unconfirmed at the Bot API");
        }
    }

    private static String channelYaml(FakeTelegramBotApi api) {
        return "  - id: " + CHANNEL_ID + "\n"
                + "    type: telegram\n"
                + "    token: \"${env:" + TOKEN_VARIABLE + "}\"\n"
                + "    apiUrl: " + api.apiUrl() + "\n"
                + "    pollTimeout: 1s\n"
                + "    mergeWindow: 0s\n";
    }
}
