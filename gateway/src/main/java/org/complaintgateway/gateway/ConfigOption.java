package org.complaintgateway.gateway;

import java.nio.file.Path;
import java.util.Optional;
import org.complaintgateway.config.ConfigException;
import org.complaintgateway.config.ConfigLoader;
import org.complaintgateway.config.GatewayConfig;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option every command takes, and loading the file it names. */
final class ConfigOption {

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "The gateway's YAML configuration.")
    Path file;

    GatewayConfig load() throws ConfigException {
        return new ConfigLoader(System::getenv).load(file);
    }

    /** The config, or empty after printing each of its errors to standard error. */
    Optional<GatewayConfig> loadOrReport() {
        try {
            return Optional.of(load());
        } catch (ConfigException e) {
            e.errors().forEach(System.err::println);
            return Optional.empty();
        }
    }
}
