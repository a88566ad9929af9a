package org.complaintgateway.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintgateway.config.StoreSettings;
import org.complaintgateway.routes.store.AppendOutcome;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.LedgerReport;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.Normalization;

/**
 * The embedded H2 ledger alone, over time: threads journal complaints and mark them delivered, as the web form and
 * the delivery workers do, on a fresh H2 file with the gateway's settings. After each round it prints the rate, the
 * ledger writer's CPU per complaint and what H2 says of its file (size, bytes written, chunks). Not a benchmark with a
 * goal and a baseline: it shows how the store's cost and file change as complaints pile up (docs/BENCHMARKS.md, "The
 * ledger over time"), to try a change to the store on.
 */
public final class LedgerLoop {

    private static final String WRITER_THREAD = "ledger-writer";
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final double MB = 1024 * 1024;

    private LedgerLoop() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkMain.run(args, LedgerLoopOptions.USAGE, LedgerLoopOptions::parse, "ledger-loop-",
                (options, workDir) -> {
                    if (!run(options, workDir, System.out)) {
                        throw new IllegalStateException("the ledger does not hold every complaint FORWARDED");
                    }
                });
    }

    /** Runs every round, printing a line after each; true when the ledger ends with every complaint FORWARDED. */
    static boolean run(LedgerLoopOptions options, Path workDir, PrintStream out) throws Exception {
        String url = "jdbc:h2:file:" + workDir.resolve("ledger").toAbsolutePath();
        StoreSettings settings = new StoreSettings(url, null, null, 8, Duration.ofDays(30));
        out.printf(Locale.ROOT, "ledger loop: %d threads, %d rounds of %d complaints, %d-byte messages, %d-byte"
                        + " complaints, %s%n", options.threads(), options.rounds(), options.perRound(),
                options.messageBytes(), options.complaintBytes(), url);
        out.println("round complaints/s writer-µs/complaint file-MB written-MB chunks");
        JdbcStore store = JdbcStore.open(settings, "RC", Clock.systemUTC());
        try {
            try (Connection beside = DriverManager.getConnection(url + ";AUTO_SERVER=TRUE")) {
                for (int round = 1; round <= options.rounds(); round++) {
                    printRound(round, store, beside, options, out);
                }
            }
            return everyComplaintForwarded(store, options, out);
        } finally {
            // The last connection's close is when H2 compacts the file, for at most its MAX_COMPACT_TIME.
            long start = System.nanoTime();
            store.close();
            out.printf(Locale.ROOT, "closed in %.1f s: file %.1f MB%n", (System.nanoTime() - start) / 1e9,
                    Files.size(workDir.resolve("ledger.mv.db")) / MB);
        }
    }

    private static void printRound(int round, JdbcStore store, Connection beside, LedgerLoopOptions options,
                                   PrintStream out) throws Exception {
        long writerBefore = writerCpuNanos();
        long start = System.nanoTime();
        deliver(store, options);
        long wall = System.nanoTime() - start;
        long writer = writerCpuNanos() - writerBefore;
        Map<String, Long> file = fileInfo(beside);
        out.printf(Locale.ROOT, "%d %.0f %.1f %.1f %.1f %d%n", round, options.perRound() / (wall / 1e9),
                writer / 1e3 / options.perRound(), file.get("info.FILE_SIZE") / MB,
                file.get("info.FILE_WRITE_BYTES") / MB, file.get("info.CHUNK_COUNT"));
    }

    private static boolean everyComplaintForwarded(JdbcStore store, LedgerLoopOptions options, PrintStream out) {
        LedgerReport report = store.report(Instant.now().plus(Duration.ofDays(1)));
        long expected = (long) options.rounds() * options.perRound();
        boolean complete = report.counts().equals(List.of(new LedgerReport.Count("web", LedgerState.FORWARDED,
                expected)));
        out.println(complete ? "ledger: " + expected + " FORWARDED" : "ledger: expected " + expected
                + " FORWARDED, found " + report.counts());
        return complete;
    }

    private static void deliver(JdbcStore store, LedgerLoopOptions options) throws Exception {
        byte[] message = filled(options.messageBytes(), 'm');
        byte[] complaint = filled(options.complaintBytes(), 'c');
        AtomicInteger left = new AtomicInteger(options.perRound());
        ExecutorService threads = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < options.threads(); t++) {
                running.add(threads.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        String key = UUID.randomUUID().toString();
                        AppendOutcome journaled = store.appendNormalizedLater(
                                new NewMessage("web", "webform", key, key, "application/json", message),
                                entry -> new Normalization.Queue(complaint), LEASE).join();
                        store.deliveredLater(journaled.entry().id(), 201).join();
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private static byte[] filled(int size, char with) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) with);
        return bytes;
    }

    private static long writerCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo thread : threads.dumpAllThreads(false, false)) {
            if (thread.getThreadName().startsWith(WRITER_THREAD)) {
                nanos += threads.getThreadCpuTime(thread.getThreadId());
            }
        }
        return nanos;
    }

    /** H2's own figures for its file, {@code info.*} in {@code INFORMATION_SCHEMA.SETTINGS}, the numeric ones. */
    private static Map<String, Long> fileInfo(Connection connection) throws SQLException {
        Map<String, Long> info = new HashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILE_WRITE_BYTES', 'info.CHUNK_COUNT')")) {
            while (rows.next()) {
                info.put(rows.getString(1), Long.parseLong(rows.getString(2)));
            }
        }
        return info;
    }
}
