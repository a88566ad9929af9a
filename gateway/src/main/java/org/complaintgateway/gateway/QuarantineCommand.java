package org.complaintgateway.gateway;

import java.util.List;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.QuarantinedMessage;
import org.complaintgateway.routes.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quarantine list|replay}: messages that could not become complaints, and mapping them again once fixed. */
@Command(name = "quarantine", mixinStandardHelpOptions = true, description = "List or replay quarantined messages.",
        subcommands = {QuarantineCommand.ListQuarantined.class, QuarantineCommand.Replay.class})
final class QuarantineCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List quarantined messages with the reason.")
    static final class ListQuarantined extends StoreCommand {

        @Override
        int run(GatewayConfig config, Store store) {
            List<QuarantinedMessage> messages = store.quarantined();
            for (QuarantinedMessage message : messages) {
                System.out.printf("%s %s %s %s%s reason=%s%n", message.id(), message.protocolNumber(), message.channelId(),
                        message.quarantinedAt(), message.replayable() ? "" : " (header only, not replayable)",
                        message.reason());
            }
            System.out.println(messages.size() + " quarantined message" + (messages.size() == 1 ? "" : "s"));
            return ExitCodes.OK;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true, description = "Map quarantined messages again, with "
            + "the same id and protocol number: one with --id, else all that kept their raw bytes. A running gateway "
            + "takes them up within a minute, a stopped one when it starts.")
    static final class Replay extends StoreCommand {

        @Option(names = "--id", paramLabel = "ID", description = "The id of the message to replay.")
        String id;

        @Override
        int run(GatewayConfig config, Store store) {
            if (id != null) {
                return replayOne(store);
            }
            int replayed = 0;
            for (QuarantinedMessage message : store.quarantined()) {
                if (message.replayable() && store.replayQuarantined(message.id())) {
                    replayed++;
                }
            }
            System.out.println("replaying " + replayed + " quarantined message" + (replayed == 1 ? "" : "s"));
            return ExitCodes.OK;
        }

        private int replayOne(Store store) {
            JournalEntry entry = store.find(id).filter(e -> e.state() == LedgerState.QUARANTINED).orElse(null);
            if (entry == null) {
                System.err.println("no quarantined message with id " + id);
                return ExitCodes.INVALID;
            }
            if (!QuarantinedMessage.replayable(entry.contentType())) {
                System.err.println("message " + id + " kept only its header (" + entry.reason()
                        + "); fetch the mail itself from the channel's failed folder");
                return ExitCodes.INVALID;
            }
            if (!store.replayQuarantined(id)) {
                System.err.println("message " + id + " is no longer quarantined");
                return ExitCodes.INVALID;
            }
            System.out.println("replaying " + id);
            return ExitCodes.OK;
        }
    }
}
