package org.complaintgateway.benchmarks;

import static org.complaintgateway.benchmarks.TableCells.fixed;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Prints the footprint benchmark: one row per system, the ratio gateway/baseline of each figure, the commands that
 * started both, and one machine-readable line starting with {@value #SUMMARY_PREFIX}.
 */
final class FootprintTable {

    static final String SUMMARY_PREFIX = "FOOTPRINT_BENCHMARK_SUMMARY ";

    private static final String ROW = "%-9s %10s %11s %13s %11s %9s %8s %7s %10s%n";

    /** Everything one invocation measured; a system it did not run is empty. */
    record Results(String command, FootprintOptions options, Optional<FootprintResult> baseline,
                   Optional<FootprintResult> gateway) {}

    private FootprintTable() {
    }

    static void print(PrintStream out, Results results) {
        FootprintOptions options = results.options();
        out.println("command: " + results.command());
        out.printf(Locale.ROOT, "footprint: %d complaints by %d clients, idle %s s before the idle reading;"
                        + " child JVM flags: %s; gateway downstream: %s; %d CPUs, Java %s%n",
                options.complaints(), options.clients(), fixed(options.idle().toMillis() / 1000.0, 1), String.join(" ", options.jvmFlags()),
                options.localDownstream() ? "local (JSON files)" : "http (the loopback sink, as the baseline)",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        out.printf(Locale.ROOT, ROW, "system", "start-up s", "idle RSS MB", "loaded RSS MB", "peak RSS MB",
                "accepted", "refused", "post s", "delivered");
        List<FootprintResult> rows = Stream.of(results.baseline(), results.gateway()).flatMap(Optional::stream).toList();
        for (FootprintResult r : rows) {
            out.printf(Locale.ROOT, ROW, r.system().label(), fixed(r.startupSeconds(), 2),
                    fixed(r.idle().residentMb(), 1), fixed(r.loaded().residentMb(), 1), fixed(r.loaded().peakMb(), 1),
                    r.posting().accepted(), r.posting().refused(), fixed(r.posting().seconds(), 1),
                    r.delivered() + (r.complete() ? "" : " INCOMPLETE"));
        }
        if (results.baseline().isPresent() && results.gateway().isPresent()) {
            FootprintResult b = results.baseline().get();
            FootprintResult g = results.gateway().get();
            out.printf(Locale.ROOT, ROW, "ratio", ratioCell(b, g, FootprintResult::startupSeconds),
                    ratioCell(b, g, r -> r.idle().residentMb()), ratioCell(b, g, r -> r.loaded().residentMb()),
                    ratioCell(b, g, r -> r.loaded().peakMb()), "", "", ratioCell(b, g, r -> r.posting().seconds()), "");
        }
        out.println();
        for (FootprintResult r : rows) {
            out.println(r.system().label() + ": " + String.join(" ", r.command()));
        }
        out.println(SummaryLine.of(SUMMARY_PREFIX, summary(results)));
    }

    static Map<String, Object> summary(Results results) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("complaints", results.options().complaints());
        summary.put("clients", results.options().clients());
        summary.put("jvmFlags", results.options().jvmFlags());
        summary.put("gatewayDownstream", results.options().localDownstream() ? "local" : "http");
        results.baseline().ifPresent(b -> summary.put("baseline", figures(b)));
        results.gateway().ifPresent(g -> summary.put("gateway", figures(g)));
        if (results.baseline().isPresent() && results.gateway().isPresent()) {
            FootprintResult b = results.baseline().get();
            FootprintResult g = results.gateway().get();
            Map<String, Object> ratio = new LinkedHashMap<>();
            ratio.put("startup", ratio(b, g, FootprintResult::startupSeconds));
            ratio.put("idleRss", ratio(b, g, r -> r.idle().residentMb()));
            ratio.put("loadedRss", ratio(b, g, r -> r.loaded().residentMb()));
            ratio.put("peakRss", ratio(b, g, r -> r.loaded().peakMb()));
            summary.put("ratio", ratio);
        }
        return summary;
    }

    private static Map<String, Object> figures(FootprintResult r) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("startupSeconds", Math.round(r.startupSeconds() * 100) / 100.0);
        figures.put("idleRssMb", SummaryLine.oneDecimal(r.idle().residentMb()));
        figures.put("loadedRssMb", SummaryLine.oneDecimal(r.loaded().residentMb()));
        figures.put("peakRssMb", SummaryLine.oneDecimal(r.loaded().peakMb()));
        figures.put("accepted", r.posting().accepted());
        figures.put("refused", r.posting().refused());
        figures.put("postSeconds", SummaryLine.oneDecimal(r.posting().seconds()));
        figures.put("delivered", r.delivered());
        figures.put("complete", r.complete());
        return figures;
    }

    private static String ratioCell(FootprintResult baseline, FootprintResult gateway,
                                    ToDoubleFunction<FootprintResult> figure) {
        return fixed(ratio(baseline, gateway, figure), 2);
    }

    private static double ratio(FootprintResult baseline, FootprintResult gateway,
                                ToDoubleFunction<FootprintResult> figure) {
        return Math.round(figure.applyAsDouble(gateway) / figure.applyAsDouble(baseline) * 100) / 100.0;
    }
}
