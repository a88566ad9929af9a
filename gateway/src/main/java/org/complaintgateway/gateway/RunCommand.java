package org.complaintgateway.gateway;

import java.time.Clock;
import org.apache.camel.main.Main;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.routes.store.Store;
import picocli.CommandLine.Command;

/** Starts the gateway and runs until it is stopped (Ctrl-C or SIGTERM: in-flight work is finished or left to the sweepers). */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Start the gateway (the default command).")
final class RunCommand extends StoreCommand {

    @Override
    int run(GatewayConfig config, Store store) {
        Main main = GatewayAssembly.assemble(config, store, Clock.systemUTC());
        try {
            main.run();
        } catch (Exception e) {
            throw new IllegalStateException("the gateway stopped on an error", e);
        }
        return ExitCodes.OK;
    }
}
