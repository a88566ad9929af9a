package org.complaintgateway.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.routes.store.LedgerReport;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.OutboundReport;
import org.complaintgateway.routes.store.OutboundState;
import org.complaintgateway.routes.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ledger check}: "nothing lost" as a query over the journal, and nothing left unsent in the outbound table.
 * {@code ledger compact}: see {@link LedgerCompactCommand}.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true, description = "Inspect or compact the ledger.",
        subcommands = {LedgerCommand.Check.class, LedgerCompactCommand.class})
final class LedgerCommand extends CommandGroup {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Print counts per channel and state; exit 1 if a message is stuck in flight "
                    + "longer than gateway.stuckAfter, or unaccounted for (journal and outbox disagree). Outbound "
                    + "messages (replies, acknowledgments) are counted too; one queued to send that long also exits 1 (a "
                    + "skipped acknowledgment is done, as a sent or failed message is).")
    static final class Check extends StoreCommand {

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Override
        int run(GatewayConfig config, Store store) {
            Instant stuckBefore = Instant.now().minus(config.gateway().stuckAfter());
            LedgerReport report = store.report(stuckBefore);
            OutboundReport outbound = store.outbound().report(stuckBefore);
            boolean healthy = report.healthy() && outbound.stuck().isEmpty();
            if (json) {
                printJson(report, outbound, healthy);
            } else {
                printText(report, config);
                printOutboundText(outbound, config);
                if (healthy) {
                    System.out.println("OK: nothing in flight for longer than " + stuckAfter(config)
                            + ", nothing unaccounted for, nothing queued to send for longer");
                }
            }
            return healthy ? ExitCodes.OK : ExitCodes.LEDGER_PROBLEM;
        }

        private static String stuckAfter(GatewayConfig config) {
            return config.gateway().stuckAfter().toString().substring(2).toLowerCase(java.util.Locale.ROOT);
        }

        private static void printText(LedgerReport report, GatewayConfig config) {
            Map<String, Map<LedgerState, Long>> byChannel = new TreeMap<>();
            report.counts().forEach(c -> byChannel.computeIfAbsent(c.channelId(), k -> new TreeMap<>()).put(c.state(), c.count()));
            System.out.printf("%-24s %-12s %10s%n", "CHANNEL", "STATE", "COUNT");
            byChannel.forEach((channel, states) -> states.forEach((state, count) ->
                    System.out.printf("%-24s %-12s %10d%n", channel, state, count)));
            long inFlight = report.counts().stream().filter(c -> !c.state().terminal()).mapToLong(LedgerReport.Count::count).sum();
            System.out.printf("received %d = terminal %d + in flight %d%n", report.total(), report.total() - inFlight, inFlight);
            String stuckAfter = stuckAfter(config);
            if (!report.stuck().isEmpty()) {
                System.out.println("STUCK: " + report.stuck().size() + " message(s) in flight for longer than " + stuckAfter);
                report.stuck().forEach(s -> System.out.printf("  %s %s %s since %s%n", s.id(), s.channelId(), s.state(), s.since()));
            }
            if (!report.unaccounted().isEmpty()) {
                System.out.println("UNACCOUNTED: " + report.unaccounted().size() + " message(s) whose journal state and outbox disagree");
                report.unaccounted().forEach(u -> System.out.printf("  %s %s %s outbox=%s%n", u.id(), u.channelId(), u.state(),
                        u.outboxState() == null ? "none" : u.outboxState()));
            }
        }

        /**
         * What the gateway sends to customers: a message queued and untouched that long has no worker sending it. A
         * SKIPPED acknowledgment is terminal like SENT and FAILED: it was decided not to send it, nothing is waiting.
         */
        private static void printOutboundText(OutboundReport report, GatewayConfig config) {
            Map<String, Map<OutboundState, Long>> byChannel = new TreeMap<>();
            report.counts().forEach(c -> byChannel.computeIfAbsent(c.channelId(), k -> new TreeMap<>()).put(c.state(), c.count()));
            System.out.println();
            System.out.printf("%-24s %-12s %10s%n", "OUTBOUND CHANNEL", "STATE", "COUNT");
            byChannel.forEach((channel, states) -> states.forEach((state, count) ->
                    System.out.printf("%-24s %-12s %10d%n", channel, state, count)));
            long queued = report.counts().stream().filter(c -> !c.state().terminal())
                    .mapToLong(OutboundReport.Count::count).sum();
            long total = report.counts().stream().mapToLong(OutboundReport.Count::count).sum();
            System.out.printf("outbound %d = sent, failed or skipped %d + queued %d%n", total, total - queued, queued);
            if (!report.stuck().isEmpty()) {
                System.out.println("STUCK OUTBOUND: " + report.stuck().size() + " message(s) queued to send for longer than "
                        + stuckAfter(config));
                report.stuck().forEach(s -> System.out.printf("  %s %s attempts=%d since %s%s%n", s.id(), s.channelId(),
                        s.attempts(), s.since(), s.reason() == null ? "" : " last error: " + oneLine(s.reason())));
            }
        }

        /** A provider's error may span lines; one stuck message stays one line. */
        private static String oneLine(String text) {
            return text.replaceAll("\\s+", " ").strip();
        }

        private static void printJson(LedgerReport report, OutboundReport outbound, boolean healthy) {
            ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT);
            try {
                System.out.println(mapper.writeValueAsString(Map.of(
                        "total", report.total(), "counts", report.counts(), "stuck", report.stuck(),
                        "unaccounted", report.unaccounted(), "outbound", outbound, "ok", healthy)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("the report is plain data and always serialises", e);
            }
        }
    }
}
