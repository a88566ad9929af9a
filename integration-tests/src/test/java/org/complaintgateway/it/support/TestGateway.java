package org.complaintgateway.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.complaintgateway.config.ConfigException;
import org.complaintgateway.config.ConfigLoader;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.gateway.Gateway;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.testing.TestDatabase;

/**
 * A real gateway in this JVM, configured from a YAML file written into a test's temp directory,
 * on free loopback ports. Build one with {@link #builder(Path)}; a gateway can be stopped and
 * started again on the same store and ports ({@link #restart()}) to test what survives.
 */
public final class TestGateway implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path configFile;
    private final Map<String, String> env;
    private final int port;
    private final int managementPort;
    private Gateway gateway;

    private TestGateway(Path configFile, Map<String, String> env, int port, int managementPort) {
        this.configFile = configFile;
        this.env = env;
        this.port = port;
        this.managementPort = managementPort;
    }

    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    /** Starts (or starts again) the gateway from its config file. */
    public TestGateway start() {
        gateway = Gateway.start(config());
        return this;
    }

    public void stop() {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
    }

    public TestGateway restart() {
        stop();
        return start();
    }

    public GatewayConfig config() {
        try {
            return new ConfigLoader(env::get).load(configFile);
        } catch (ConfigException e) {
            throw new IllegalStateException("test config is invalid:\n" + e.getMessage(), e);
        }
    }

    public Path configFile() {
        return configFile;
    }

    /** The fake environment the config's {@code ${env:...}} secrets read, for a child process to be given. */
    public Map<String, String> env() {
        return env;
    }

    public Store store() {
        return gateway.store();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public URI managementUrl(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    /** POSTs a JSON body to the complaints API; extra headers as name, value pairs. */
    public HttpResponse<String> postJson(String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/api/v1/complaints"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A complaint body for the API, distinct per {@code n}. */
    public static String complaintJson(int n) {
        return "{\"name\":\"Test Customer " + n + "\",\"email\":\"customer" + n + "@example.org\","
                + "\"subject\":\"Complaint " + n + "\",\"message\":\"Something went wrong, case " + n + ".\"}";
    }

    @Override
    public void close() {
        stop();
    }

    /** Writes the YAML. Defaults: H2 in the temp dir, local downstream, one webform channel {@code site-form}. */
    public static final class Builder {
        private final Path dir;
        private final Map<String, String> env = new HashMap<>();
        private String storeYaml;
        private String downstreamYaml;
        private String webformExtraYaml = "";
        private String gatewayExtraYaml = "";
        private final StringBuilder moreChannelsYaml = new StringBuilder();
        private final StringBuilder moreSectionsYaml = new StringBuilder();

        private Builder(Path dir) {
            this.dir = dir;
            this.storeYaml = "store:\n  url: jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath() + "\n";
            this.downstreamYaml = "downstream:\n  type: local\n  directory: " + dir.resolve("delivered").toAbsolutePath() + "\n";
        }

        public Builder store(TestDatabase database) {
            storeYaml = "store:\n  url: " + database.url() + "\n" + (database.user() == null ? "" : "  user: " + database.user() + "\n");
            return this;
        }

        /**
         * An HTTP downstream at {@code url}, signed with {@code signingSecret} (given to the gateway
         * through a fake environment variable); {@code extraYaml} are more {@code downstream} keys,
         * each line indented by two spaces, e.g. {@code "  maxAttempts: 3\n"}.
         */
        public Builder httpDownstream(String url, String signingSecret, String extraYaml) {
            env.put("TEST_SIGNING_SECRET", signingSecret);
            downstreamYaml = "downstream:\n  type: http\n  url: " + url + "\n"
                    + "  signingSecret: \"${env:TEST_SIGNING_SECRET}\"\n" + extraYaml;
            return this;
        }

        /** More {@code downstream} keys after those already given, each line indented by two spaces. */
        public Builder downstreamKeys(String extraYaml) {
            downstreamYaml += extraYaml;
            return this;
        }

        /** More keys of the {@code site-form} channel, each line indented by four spaces. */
        public Builder webform(String extraYaml) {
            webformExtraYaml = extraYaml;
            return this;
        }

        /** More keys of the {@code gateway} section, each line indented by two spaces. */
        public Builder gateway(String extraYaml) {
            gatewayExtraYaml = extraYaml;
            return this;
        }

        /** Another channel besides {@code site-form}: a list item, "  - id: ...\n    type: ...\n". */
        public Builder channel(String channelYaml) {
            moreChannelsYaml.append(channelYaml);
            return this;
        }

        /** Another top-level section, e.g. {@code "demoMailbox:\n  password: ...\n"}, written as it stands. */
        public Builder section(String sectionYaml) {
            moreSectionsYaml.append(sectionYaml);
            return this;
        }

        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public TestGateway build() {
            int port = FreePort.find();
            int managementPort = FreePort.find();
            String yaml = "gateway:\n  host: 127.0.0.1\n  port: " + port + "\n  managementPort: " + managementPort + "\n"
                    + "  dataDir: " + dir.resolve("data").toAbsolutePath() + "\n" + gatewayExtraYaml
                    + storeYaml + downstreamYaml
                    + "channels:\n  - id: site-form\n    type: webform\n    path: /\n" + webformExtraYaml + moreChannelsYaml
                    + moreSectionsYaml;
            Path file = dir.resolve("gateway.yaml");
            try {
                Files.writeString(file, yaml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new TestGateway(file, Map.copyOf(env), port, managementPort);
        }
    }
}
