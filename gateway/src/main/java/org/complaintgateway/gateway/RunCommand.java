package org.complaintgateway.gateway;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.apache.camel.main.Main;
import org.complaintgateway.config.ConfigException;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.store.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Starts the gateway and runs until it is stopped (Ctrl-C or SIGTERM: in-flight work is finished or left to the sweepers). */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Start the gateway (the default command).")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        GatewayConfig loaded;
        try {
            loaded = config.load();
        } catch (ConfigException e) {
            e.errors().forEach(System.err::println);
            return ExitCodes.INVALID;
        }
        Clock clock = Clock.systemUTC();
        try (Store store = StoreOpener.open(loaded, clock)) {
            Main main = GatewayAssembly.assemble(loaded, store, clock);
            main.run();
            return ExitCodes.OK;
        } catch (StoreUnavailableException e) {
            System.err.println("cannot open the store: " + e.getMessage());
            return ExitCodes.STORE_UNAVAILABLE;
        }
    }
}
