package org.complaintgateway.gateway;

import java.time.Clock;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.routes.store.Store;

/** A gateway running in this JVM, for embedding and for tests: {@link #start} returns once it serves. */
public final class Gateway implements AutoCloseable {

    private final Store store;
    private final Main main;

    private Gateway(Store store, Main main) {
        this.store = store;
        this.main = main;
    }

    public static Gateway start(GatewayConfig config) {
        Clock clock = Clock.systemUTC();
        Store store = StoreOpener.open(config, clock);
        try {
            Main main = GatewayAssembly.assemble(config, store, clock);
            main.start();
            return new Gateway(store, main);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public Store store() {
        return store;
    }

    public CamelContext camelContext() {
        return main.getCamelContext();
    }

    @Override
    public void close() {
        try {
            main.stop();
        } finally {
            store.close();
        }
    }
}
