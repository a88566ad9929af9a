package org.complaintgateway.gateway;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.config.TelegramChannelConfig;
import org.complaintgateway.config.TelegramMode;
import org.complaintgateway.routes.telegram.BotAnswer;
import org.complaintgateway.routes.telegram.BotApi;
import org.complaintgateway.routes.telegram.TelegramPolling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code telegram set-webhook|delete-webhook}: tell Telegram where a webhook channel's updates go, or stop it. */
@Command(name = "telegram", mixinStandardHelpOptions = true, description = "Register or remove a Telegram webhook.",
        subcommands = {TelegramCommand.SetWebhook.class, TelegramCommand.DeleteWebhook.class})
final class TelegramCommand extends CommandGroup {

    /** Loads the config and finds the channel; prints what is wrong and returns empty otherwise. */
    abstract static class ChannelCommand implements Callable<Integer> {

        @Mixin
        ConfigOption config;

        @Option(names = "--channel", required = true, paramLabel = "ID", description = "The id of the telegram channel.")
        String channelId;

        @Override
        public final Integer call() {
            GatewayConfig loaded = config.loadOrReport().orElse(null);
            if (loaded == null) {
                return ExitCodes.INVALID;
            }
            Optional<TelegramChannelConfig> channel = loaded.channels().stream()
                    .filter(c -> c.id().equals(channelId))
                    .filter(TelegramChannelConfig.class::isInstance)
                    .map(TelegramChannelConfig.class::cast)
                    .findFirst();
            if (channel.isEmpty()) {
                System.err.println("no telegram channel with id '" + channelId + "' in " + config.file);
                return ExitCodes.INVALID;
            }
            return run(channel.get(), new BotApi(channel.get()));
        }

        abstract int run(TelegramChannelConfig channel, BotApi api);

        static int report(BotAnswer answer, String done) {
            if (!answer.ok()) {
                System.err.println("Telegram refused: " + answer.describe());
                return ExitCodes.REMOTE_REFUSED;
            }
            System.out.println(done);
            return ExitCodes.OK;
        }
    }

    @Command(name = "set-webhook", mixinStandardHelpOptions = true, description = "Register the channel's publicUrl "
            + "and secretToken with Telegram (setWebhook); from then on Telegram posts updates there.")
    static final class SetWebhook extends ChannelCommand {
        @Override
        int run(TelegramChannelConfig channel, BotApi api) {
            if (channel.mode() != TelegramMode.WEBHOOK) {
                System.err.println("channel '" + channel.id() + "' polls (mode: polling); a webhook would stop its "
                        + "getUpdates with 409 Conflict. Set mode: webhook, secretToken and publicUrl first");
                return ExitCodes.INVALID;
            }
            return report(api.setWebhook(channel.publicUrl(), channel.secretToken().reveal(),
                    TelegramPolling.ALLOWED_UPDATES), "webhook of channel '" + channel.id() + "' set to " + channel.publicUrl());
        }
    }

    @Command(name = "delete-webhook", mixinStandardHelpOptions = true, description = "Remove the bot's webhook "
            + "(deleteWebhook); pending updates stay at Telegram for getUpdates.")
    static final class DeleteWebhook extends ChannelCommand {
        @Override
        int run(TelegramChannelConfig channel, BotApi api) {
            return report(api.deleteWebhook(), "webhook of channel '" + channel.id() + "' deleted");
        }
    }
}
