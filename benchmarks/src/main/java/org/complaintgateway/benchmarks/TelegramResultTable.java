package org.complaintgateway.benchmarks;

import static org.complaintgateway.benchmarks.TableCells.fixed;
import static org.complaintgateway.benchmarks.TableCells.orDash;
import static org.complaintgateway.benchmarks.TableCells.verdict;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints the Telegram benchmark: one row per system's drain, the throughput ratio gateway/baseline, the goal,
 * and one machine-readable line starting with {@value #SUMMARY_PREFIX}.
 */
final class TelegramResultTable {

    static final String SUMMARY_PREFIX = "TELEGRAM_BENCHMARK_SUMMARY ";
    /** The goal: the gateway drains at least half as many updates per second as the baseline. */
    static final double MIN_RATIO = 0.5;

    private static final String ROW = "%-8s %13s %8s %9s %9s %16s %s%n";

    /** Everything one invocation measured; a system it did not run is empty. */
    record Results(UpdateCorpus corpus, Preload backlog, Optional<DrainResult> baseline,
                   Optional<DrainResult> gateway) {}

    private TelegramResultTable() {
    }

    static void print(PrintStream out, Results results) {
        Map<UpdateCorpus.Kind, Integer> mix = results.corpus().counts();
        out.printf(Locale.ROOT, "telegram drain: %d updates (%d text, %d photo with caption), %.1f MB of photos to"
                        + " download; getUpdates limit 100, gateway long poll 1s, mergeWindow 0s%n",
                results.backlog().messages(), mix.get(UpdateCorpus.Kind.TEXT), mix.get(UpdateCorpus.Kind.PHOTO),
                results.backlog().bytes() / (double) (1 << 20));
        out.printf(Locale.ROOT, ROW, "system", "drained", "drain s", "startup s", "updates/s", "ledger fwd/total",
                "load before/after");
        for (DrainResult r : Stream.of(results.baseline(), results.gateway()).flatMap(Optional::stream).toList()) {
            out.printf(Locale.ROOT, ROW, r.system(), r.drained() + "/" + r.messages(), fixed(r.seconds(), 1),
                    fixed(r.startupSeconds(), 1), fixed(r.messagesPerSecond(), 1),
                    r.ledger().map(l -> l.forwarded() + "/" + l.total()).orElse("-"),
                    fixed(r.loadBefore(), 1) + "/" + fixed(r.loadAfter(), 1));
        }
        results.gateway().filter(g -> !g.complete())
                .ifPresent(g -> out.println("gateway ledger: " + g.ledgerStates()));
        Map<String, Object> summary = summary(results);
        out.println();
        out.printf(Locale.ROOT, "throughput gateway/baseline (updates/s): %s%n", orDash(summary.get("ratio")));
        out.printf(Locale.ROOT, "goal (gateway >= %.1f x baseline, every update delivered and FORWARDED): %s%n",
                MIN_RATIO, verdict(summary.get("goalsMet")));
        out.println(SummaryLine.of(SUMMARY_PREFIX, summary));
    }

    static Map<String, Object> summary(Results results) {
        Map<UpdateCorpus.Kind, Integer> mix = results.corpus().counts();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("updates", results.backlog().messages());
        summary.put("text", mix.get(UpdateCorpus.Kind.TEXT));
        summary.put("photos", mix.get(UpdateCorpus.Kind.PHOTO));
        summary.put("photoMegabytes", SummaryLine.oneDecimal(results.backlog().bytes() / (double) (1 << 20)));
        results.baseline().ifPresent(b -> summary.put("baseline", figures(b)));
        results.gateway().ifPresent(g -> summary.put("gateway", figures(g)));
        Double ratio = null;
        Boolean goalMet = null;
        if (results.baseline().isPresent() && results.gateway().isPresent()) {
            DrainResult baseline = results.baseline().get();
            DrainResult gateway = results.gateway().get();
            ratio = Math.round(gateway.messagesPerSecond() / baseline.messagesPerSecond() * 1000) / 1000.0;
            goalMet = baseline.complete() && gateway.complete() && ratio >= MIN_RATIO;
        }
        summary.put("ratio", ratio);
        summary.put("goalsMet", goalMet);
        return summary;
    }

    private static Map<String, Object> figures(DrainResult r) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("drained", r.drained());
        figures.put("drainSeconds", SummaryLine.oneDecimal(r.seconds()));
        figures.put("startupSeconds", SummaryLine.oneDecimal(r.startupSeconds()));
        figures.put("updatesPerSecond", SummaryLine.oneDecimal(r.messagesPerSecond()));
        figures.put("ledgerForwarded", r.ledger().map(LedgerCounts::forwarded).orElse(null));
        figures.put("ledgerTotal", r.ledger().map(LedgerCounts::total).orElse(null));
        figures.put("complete", r.complete());
        figures.put("loadBefore", SummaryLine.oneDecimal(r.loadBefore()));
        figures.put("loadAfter", SummaryLine.oneDecimal(r.loadAfter()));
        return figures;
    }
}
