package org.complaintgateway.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The gateway config every benchmark runs: loopback ports, a fresh H2 ledger and data directory under the run's
 * directory, a downstream, and channels. Written as {@code gateway.yaml}, which an in-process gateway and a child
 * process read alike; the signing secret comes from {@link #SECRET_VARIABLE}.
 */
final class BenchmarkConfig {

    static final String SECRET_VARIABLE = "BENCH_SIGNING_SECRET";
    static final String SIGNING_SECRET = "bench-signing-secret-not-a-real-one";
    /** The web form with rate limits that never trigger: the load comes from one address. */
    static final String WEB_FORM_CHANNEL = "  - id: site-form\n"
            + "    type: webform\n"
            + "    path: /\n"
            + "    perIp: {requests: 100000, per: 1s}\n"
            + "    perSender: {requests: 100000, per: 1s}\n";

    private BenchmarkConfig() {
    }

    /** {@code downstream} keys delivering to the sink, signed. */
    static String httpDownstream(URI sinkUrl) {
        return "  type: http\n"
                + "  url: " + sinkUrl + "\n"
                + "  signingSecret: \"${env:" + SECRET_VARIABLE + "}\"\n";
    }

    /**
     * @param downstreamYaml the keys under {@code downstream:}, indented by two spaces
     * @param channelsYaml   the items under {@code channels:}, each starting {@code "  - id: "}
     */
    static Path write(Path dir, int port, int managementPort, String downstreamYaml, String channelsYaml) {
        String yaml = "gateway:\n"
                + "  host: 127.0.0.1\n"
                + "  port: " + port + "\n"
                + "  managementPort: " + managementPort + "\n"
                + "  dataDir: " + dir.resolve("data").toAbsolutePath() + "\n"
                + "store:\n"
                + "  url: jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath() + "\n"
                + "downstream:\n"
                + downstreamYaml
                + "channels:\n"
                + channelsYaml;
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve("gateway.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
