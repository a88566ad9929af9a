package org.complaintgateway.gateway;

import java.util.concurrent.Callable;
import org.complaintgateway.config.ConfigException;
import org.complaintgateway.config.ConfigError;
import org.complaintgateway.config.GatewayConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Checks a configuration with the same checks as start-up, printing every error at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a configuration file; exit 0 when valid, 2 with every error printed otherwise.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        try {
            GatewayConfig loaded = config.load();
            System.out.println(config.file + ": valid (" + loaded.channels().size() + " channel"
                    + (loaded.channels().size() == 1 ? "" : "s") + ")");
            return ExitCodes.OK;
        } catch (ConfigException e) {
            for (ConfigError error : e.errors()) {
                System.err.println(error);
            }
            System.err.println(e.errors().size() + " error" + (e.errors().size() == 1 ? "" : "s") + " in " + config.file);
            return ExitCodes.INVALID;
        }
    }
}
