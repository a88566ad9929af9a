package org.complaintgateway.gateway;

import java.nio.file.Path;
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
}
