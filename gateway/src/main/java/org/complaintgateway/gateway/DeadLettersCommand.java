package org.complaintgateway.gateway;

import java.util.List;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.routes.store.DeadLetter;
import org.complaintgateway.routes.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dead-letters list|replay}: what the downstream refused, and sending it again once fixed. */
@Command(name = "dead-letters", mixinStandardHelpOptions = true, description = "List or replay dead letters.",
        subcommands = {DeadLettersCommand.ListDeadLetters.class, DeadLettersCommand.Replay.class})
final class DeadLettersCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List dead letters with the downstream's answer.")
    static final class ListDeadLetters extends StoreCommand {

        @Override
        int run(GatewayConfig config, Store store) {
            List<DeadLetter> letters = store.deadLetters();
            for (DeadLetter letter : letters) {
                System.out.printf("%s %s %s attempts=%d status=%s reason=%s%n", letter.id(), letter.protocolNumber(),
                        letter.channelId(), letter.attempts(), letter.lastStatus() == null ? "-" : letter.lastStatus(),
                        letter.reason());
                if (letter.lastResponse() != null && !letter.lastResponse().isBlank()) {
                    System.out.println("  response: " + letter.lastResponse().replaceAll("\\s+", " "));
                }
            }
            System.out.println(letters.size() + " dead letter" + (letters.size() == 1 ? "" : "s"));
            return ExitCodes.OK;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Queue dead letters for delivery again: one with --id, else all of them.")
    static final class Replay extends StoreCommand {

        @Option(names = "--id", paramLabel = "ID", description = "The complaint id to replay.")
        String id;

        @Override
        int run(GatewayConfig config, Store store) {
            if (id != null) {
                if (!store.replay(id)) {
                    System.err.println("no dead letter with id " + id);
                    return ExitCodes.INVALID;
                }
                System.out.println("queued " + id + " for delivery");
                return ExitCodes.OK;
            }
            int replayed = 0;
            for (DeadLetter letter : store.deadLetters()) {
                if (store.replay(letter.id())) {
                    replayed++;
                }
            }
            System.out.println("queued " + replayed + " dead letter" + (replayed == 1 ? "" : "s") + " for delivery");
            return ExitCodes.OK;
        }
    }
}
