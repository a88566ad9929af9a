package org.complaintgateway.gateway;

import java.time.Clock;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.Store;

/** Opens the configured store for the administrative commands. */
final class StoreOpener {

    private StoreOpener() {
    }

    static Store open(GatewayConfig config) {
        return JdbcStore.open(config.store(), config.gateway().protocolPrefix(), Clock.systemUTC());
    }
}
