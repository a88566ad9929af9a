package org.complaintgateway.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.complaintgateway.config.ConfigException;
import org.complaintgateway.config.ConfigLoader;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.Store;

/**
 * A config file with an H2 ledger in a test's directory and {@code stuckAfter: 1s}, and the store it
 * names opened directly, so a test can put messages in any state before running a command against it.
 */
final class LedgerFixture {

    static final String CHANNEL = "site-form";

    private final Path configFile;
    private final GatewayConfig config;

    private LedgerFixture(Path configFile, GatewayConfig config) {
        this.configFile = configFile;
        this.config = config;
    }

    static LedgerFixture in(Path dir) throws IOException, ConfigException {
        String yaml = "gateway:\n  stuckAfter: 1s\n  dataDir: " + dir.resolve("data").toAbsolutePath() + "\n"
                + "store:\n  url: jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath() + "\n"
                + "downstream:\n  type: local\n  directory: " + dir.resolve("delivered").toAbsolutePath() + "\n"
                + "channels:\n  - id: " + CHANNEL + "\n    type: webform\n";
        Path file = Files.writeString(dir.resolve("gateway.yaml"), yaml);
        return new LedgerFixture(file, new ConfigLoader(name -> null).load(file));
    }

    String configFile() {
        return configFile.toString();
    }

    /** The same store the commands open; close it before running one, as an admin's store would be. */
    Store openStore(Clock clock) {
        return JdbcStore.open(config.store(), config.gateway().protocolPrefix(), clock);
    }

    /** A web form submission journaled as RECEIVED; returns its id. */
    static String receive(Store store, int n) {
        byte[] raw = ("{\"name\":\"Test Customer " + n + "\",\"email\":\"customer" + n + "@example.org\"}")
                .getBytes(StandardCharsets.UTF_8);
        return store.append(new NewMessage(CHANNEL, "webform", null, null, "application/json", raw)).entry().id();
    }

    /** Queued and claimed for delivery, as a delivery worker would before calling the downstream. */
    static void queueAndClaim(Store store, String id) {
        if (!store.enqueue(id, ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8))
                || store.claim(id, Duration.ofMinutes(1)).isEmpty()) {
            throw new IllegalStateException("could not queue and claim " + id);
        }
    }
}
