package org.complaintgateway.benchmarks;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The footprint benchmark: start-up time and resident memory (idle, and after 10,000 complaints) of the packaged
 * gateway beside {@link MinimalCamelApp}, a Camel Main app with the same components, each in a child JVM started with
 * the same flags, one after the other, each delivering to a fresh loopback sink. See docs/BENCHMARKS.md ("Start-up and
 * memory").
 */
public final class FootprintBenchmark {

    private static final String MAIN = "java -cp %s " + FootprintBenchmark.class.getName();

    private FootprintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String command = String.format(MAIN, System.getProperty("java.class.path")) + (args.length == 0 ? ""
                : " " + String.join(" ", args));
        BenchmarkMain.run(args, FootprintOptions.USAGE, FootprintOptions::parse, "footprint-benchmark-",
                (options, workDir) -> FootprintTable.print(System.out, run(command, options, workDir)));
    }

    static FootprintTable.Results run(String command, FootprintOptions options, Path workDir)
            throws InterruptedException {
        Optional<FootprintResult> baseline = Optional.empty();
        if (options.runs(SystemKind.BASELINE)) {
            try (DeliverySink sink = DeliverySink.start();
                 FootprintSubject subject = BaselineProcess.launch(options, workDir, sink)) {
                baseline = Optional.of(FootprintRun.measure(subject, options));
            }
        }
        Optional<FootprintResult> gateway = Optional.empty();
        if (options.runs(SystemKind.GATEWAY)) {
            try (DeliverySink sink = DeliverySink.start();
                 FootprintSubject subject = GatewayProcess.launch(options, workDir.resolve("gateway"), sink)) {
                gateway = Optional.of(FootprintRun.measure(subject, options));
            }
        }
        return new FootprintTable.Results(command, options, baseline, gateway);
    }
}
