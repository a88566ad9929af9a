package org.complaintgateway.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged gateway as an admin runs it ({@code java -jar complaint-gateway.jar run --config <file>}), from a YAML
 * file written for the run: a fresh H2 ledger in the work directory, the web form channel with rate limits too high
 * to trigger, and the downstream either the loopback sink over HTTP (signed) or JSON files in a directory.
 */
final class GatewayProcess {


    private GatewayProcess() {
    }

    static FootprintSubject launch(FootprintOptions options, Path workDir, DeliverySink sink) {
        Path jar = options.gatewayJar().toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -o -q -B -pl gateway package)");
        }
        int port = FreePort.find();
        int managementPort = FreePort.find();
        Path delivered = workDir.resolve("delivered");
        Path config = writeConfig(workDir, port, managementPort, options.localDownstream() ? null : sink.url(), delivered);
        List<String> mainArgs = List.of("-jar", jar.toString(), "run", "--config", config.toString());
        ChildJvm jvm = ChildJvm.launch(options.jvmFlags(), mainArgs, Map.of(BenchmarkConfig.SECRET_VARIABLE, BenchmarkConfig.SIGNING_SECRET),
                workDir.resolve("gateway.log"));
        List<String> command = new ArrayList<>();
        command.add("java");
        command.addAll(options.jvmFlags());
        command.addAll(mainArgs);
        return new FootprintSubject(SystemKind.GATEWAY, jvm,
                URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"),
                URI.create("http://127.0.0.1:" + managementPort + "/observe/health"),
                options.localDownstream() ? () -> jsonFiles(delivered) : () -> sink.arrivals().size(), command);
    }

    /** {@code sinkUrl} null: {@code type: local}, one {@code <protocolNumber>.json} per complaint in {@code delivered}. */
    private static Path writeConfig(Path dir, int port, int managementPort, URI sinkUrl, Path delivered) {
        String downstream = sinkUrl == null
                ? "  type: local\n  directory: " + delivered.toAbsolutePath() + "\n"
                : BenchmarkConfig.httpDownstream(sinkUrl);
        return BenchmarkConfig.write(dir, port, managementPort, downstream, BenchmarkConfig.WEB_FORM_CHANNEL);
    }

    /** Complaints written so far; the gateway writes a hidden temporary file first and moves it into place. */
    private static long jsonFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
