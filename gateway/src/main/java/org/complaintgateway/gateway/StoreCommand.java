package org.complaintgateway.gateway;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.store.StoreUnavailableException;
import picocli.CommandLine.Mixin;

/** A command that needs the store: loads the config, opens the store, maps failures to exit codes. */
abstract class StoreCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Override
    public final Integer call() {
        GatewayConfig loaded = config.loadOrReport().orElse(null);
        if (loaded == null) {
            return ExitCodes.INVALID;
        }
        try (Store store = StoreOpener.open(loaded, Clock.systemUTC())) {
            return run(loaded, store);
        } catch (StoreUnavailableException e) {
            System.err.println("cannot reach the store: " + e.getMessage());
            return ExitCodes.STORE_UNAVAILABLE;
        }
    }

    abstract int run(GatewayConfig config, Store store);
}
