package org.complaintgateway.gateway;

import java.time.Clock;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.Store;

/** Opens the configured store, migrating it to the current schema. */
final class StoreOpener {

    private StoreOpener() {
    }

    static Store open(GatewayConfig config, Clock clock) {
        return JdbcStore.open(config.store(), config.gateway().protocolPrefix(), clock);
    }
}
