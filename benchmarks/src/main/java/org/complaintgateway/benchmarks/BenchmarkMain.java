package org.complaintgateway.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What every benchmark's {@code main} does around its run: quiet logging, {@code --help}, options or their usage with
 * exit code 2, a temporary work directory removed afterwards, and an exit once the table is printed.
 */
final class BenchmarkMain {

    /** One benchmark run: measures with {@code options}, keeping ledgers and configs under {@code workDir}. */
    @FunctionalInterface
    interface Body<O> {
        void run(O options, Path workDir) throws Exception;
    }

    private BenchmarkMain() {
    }

    /** @param parse reads the options, throwing {@link IllegalArgumentException} that names the wrong one */
    static <O> void run(String[] args, String usage, Function<String[], O> parse, String workDirPrefix, Body<O> body)
            throws Exception {
        // Before the first logger exists; -Dlogback.configurationFile still wins.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "benchmark-logback.xml");
        }
        if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.println(usage);
            return;
        }
        O options;
        try {
            options = parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage);
            System.exit(2);
            return;
        }
        Path workDir = Files.createTempDirectory(workDirPrefix);
        try {
            body.run(options, workDir);
        } finally {
            WorkDirs.delete(workDir);
        }
        // Camel, Vert.x and the test servers leave non-daemon threads behind after a stop; the benchmark is done.
        System.exit(0);
    }
}
