package org.complaintgateway.benchmarks;

import static org.complaintgateway.benchmarks.TableCells.fixed;
import static org.complaintgateway.benchmarks.TableCells.orDash;
import static org.complaintgateway.benchmarks.TableCells.verdict;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the mail drain benchmark: one row per system's drain, the drain-time ratio, the latency percentiles, issue
 * 3's goals, and one machine-readable line starting with {@value #SUMMARY_PREFIX}.
 */
final class MailResultTable {

    static final String SUMMARY_PREFIX = "MAIL_BENCHMARK_SUMMARY ";
    /** Issue 3's goals: drain within 1.5 × the baseline and under 60 s; one mail delivered within 6 s at p99. */
    static final double MAX_DRAIN_RATIO = 1.5;
    static final double MAX_DRAIN_SECONDS = 60;
    static final double MAX_LATENCY_P99_MILLIS = 6_000;

    private static final String ROW = "%-8s %13s %8s %9s %8s %7s %16s %s%n";

    /** Everything one invocation measured; a part it did not run is empty. */
    record Results(MailCorpus corpus, Preload mailbox, Optional<DrainResult> baseline, Optional<DrainResult> gateway,
                   Optional<LatencyResult> latency) {}

    private MailResultTable() {
    }

    static void print(PrintStream out, MailBenchmarkOptions options, Results results) {
        Map<MailCorpus.Kind, Integer> mix = results.corpus().counts();
        if (results.baseline().isEmpty() && results.gateway().isEmpty()) {
            out.println("mail drain: not run");
        } else {
            printDrains(out, options, results, mix);
        }
        Map<String, Object> summary = summary(options, results);
        out.println();
        out.printf(Locale.ROOT, "drain time gateway/baseline: %s%n", summary.get("ratioAtLeast") != null
                ? "at least " + summary.get("ratioAtLeast") + " (the gateway's drain did not finish)"
                : orDash(summary.get("ratio")));
        results.latency().ifPresent(l -> out.printf(Locale.ROOT,
                "latency, one mail at a time, gateway polling every %s: %d/%d delivered, ledger fwd %s;"
                        + " p50 %s ms, p95 %s ms, p99 %s ms, max %s ms%n",
                seconds(l.pollEvery().toMillis() / 1000.0), l.delivered(), l.samples(),
                l.ledger().map(c -> c.forwarded() + "/" + c.total()).orElse("-"), fixed(l.latency().p50(), 0),
                fixed(l.latency().p95(), 0), fixed(l.latency().p99(), 0), fixed(l.latency().max(), 0)));
        @SuppressWarnings("unchecked")
        Map<String, Object> goals = (Map<String, Object>) summary.get("goals");
        out.printf(Locale.ROOT, "goals: gateway drain <= %.1f x baseline: %s; gateway drain < %.0f s: %s;"
                        + " latency p99 <= %.0f s: %s%n", MAX_DRAIN_RATIO, verdict(goals.get("drainWithinRatio")),
                MAX_DRAIN_SECONDS, verdict(goals.get("drainUnderLimit")), MAX_LATENCY_P99_MILLIS / 1000,
                verdict(goals.get("latencyP99WithinLimit")));
        out.println(SummaryLine.of(SUMMARY_PREFIX, summary));
    }

    private static void printDrains(PrintStream out, MailBenchmarkOptions options, Results results,
                                    Map<MailCorpus.Kind, Integer> mix) {
        out.printf(Locale.ROOT, "mail drain: %d mails (%d plain ~4 KB, %d HTML ~50 KB, %d large 1-5 MB), %.1f MB,"
                        + " seed %d; gateway polls every %s, up to %d mails a poll%n", results.mailbox().messages(),
                mix.get(MailCorpus.Kind.PLAIN), mix.get(MailCorpus.Kind.HTML), mix.get(MailCorpus.Kind.LARGE),
                megabytes(results.mailbox().bytes()), options.seed(), seconds(options.drainPoll().toMillis() / 1000.0),
                options.perPoll());
        out.printf(Locale.ROOT, ROW, "system", "drained", "drain s", "startup s", "mails/s", "MB/s", "ledger fwd/total",
                "load before/after");
        for (DrainResult r : List.of(results.baseline(), results.gateway()).stream().flatMap(Optional::stream).toList()) {
            out.printf(Locale.ROOT, ROW, r.system(), r.drained() + "/" + r.messages(), fixed(r.seconds(), 1),
                    fixed(r.startupSeconds(), 1), fixed(r.messagesPerSecond(), 1), fixed(r.megabytesPerSecond(), 1),
                    r.ledger().map(l -> l.forwarded() + "/" + l.total()).orElse("-"),
                    fixed(r.loadBefore(), 1) + "/" + fixed(r.loadAfter(), 1));
        }
        results.gateway().filter(g -> !g.complete())
                .ifPresent(g -> out.println("gateway ledger: " + g.ledgerStates()));
    }

    static Map<String, Object> summary(MailBenchmarkOptions options, Results results) {
        Map<String, Object> summary = new LinkedHashMap<>();
        Map<MailCorpus.Kind, Integer> mix = results.corpus().counts();
        summary.put("messages", results.mailbox().messages());
        summary.put("plain", mix.get(MailCorpus.Kind.PLAIN));
        summary.put("html", mix.get(MailCorpus.Kind.HTML));
        summary.put("large", mix.get(MailCorpus.Kind.LARGE));
        summary.put("megabytes", SummaryLine.oneDecimal(megabytes(results.mailbox().bytes())));
        summary.put("seed", options.seed());
        summary.put("drainPollMs", options.drainPoll().toMillis());
        summary.put("maxMessagesPerPoll", options.perPoll());
        results.baseline().ifPresent(b -> summary.put("baseline", figures(b)));
        results.gateway().ifPresent(g -> summary.put("gateway", figures(g)));
        Double ratio = results.baseline().isPresent() && results.gateway().isPresent()
                ? Math.round(results.gateway().get().seconds() / results.baseline().get().seconds() * 100) / 100.0
                : null;
        boolean gatewayComplete = results.gateway().map(DrainResult::complete).orElse(false);
        // a drain cut off by the timeout gives a lower bound, not a ratio
        summary.put("ratio", gatewayComplete ? ratio : null);
        summary.put("ratioAtLeast", gatewayComplete ? null : ratio);
        results.latency().ifPresent(l -> summary.put("latency", figures(l)));
        Map<String, Object> goals = new LinkedHashMap<>();
        goals.put("drainWithinRatio", ratio == null ? null : gatewayComplete && ratio <= MAX_DRAIN_RATIO);
        goals.put("drainUnderLimit", results.gateway()
                .map(g -> g.complete() && g.seconds() < MAX_DRAIN_SECONDS).orElse(null));
        goals.put("latencyP99WithinLimit", results.latency()
                .map(l -> l.complete() && l.samples() > 0 && l.latency().p99() <= MAX_LATENCY_P99_MILLIS).orElse(null));
        summary.put("goals", goals);
        summary.put("goalsMet", goals.values().stream().allMatch(Boolean.TRUE::equals));
        return summary;
    }

    private static Map<String, Object> figures(DrainResult r) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("drained", r.drained());
        figures.put("drainSeconds", SummaryLine.oneDecimal(r.seconds()));
        figures.put("startupSeconds", SummaryLine.oneDecimal(r.startupSeconds()));
        figures.put("messagesPerSecond", SummaryLine.oneDecimal(r.messagesPerSecond()));
        figures.put("megabytesPerSecond", SummaryLine.oneDecimal(r.megabytesPerSecond()));
        figures.put("ledgerForwarded", r.ledger().map(LedgerCounts::forwarded).orElse(null));
        figures.put("ledgerTotal", r.ledger().map(LedgerCounts::total).orElse(null));
        figures.put("complete", r.complete());
        figures.put("loadBefore", SummaryLine.oneDecimal(r.loadBefore()));
        figures.put("loadAfter", SummaryLine.oneDecimal(r.loadAfter()));
        return figures;
    }

    private static Map<String, Object> figures(LatencyResult l) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pollEveryMs", l.pollEvery().toMillis());
        figures.put("samples", l.samples());
        figures.put("delivered", l.delivered());
        figures.put("p50Ms", SummaryLine.oneDecimal(l.latency().p50()));
        figures.put("p95Ms", SummaryLine.oneDecimal(l.latency().p95()));
        figures.put("p99Ms", SummaryLine.oneDecimal(l.latency().p99()));
        figures.put("maxMs", SummaryLine.oneDecimal(l.latency().max()));
        figures.put("ledgerForwarded", l.ledger().map(LedgerCounts::forwarded).orElse(null));
        figures.put("complete", l.complete());
        figures.put("loadAfter", SummaryLine.oneDecimal(l.loadAfter()));
        return figures;
    }

    private static double megabytes(long bytes) {
        return bytes / (double) (1 << 20);
    }

    private static String seconds(double value) {
        return (value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : Double.toString(value)) + "s";
    }
}
