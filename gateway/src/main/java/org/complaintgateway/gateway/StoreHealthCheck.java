package org.complaintgateway.gateway;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.complaintgateway.routes.store.Store;

/** DOWN when the store does not answer: then nothing can be journaled, and channels answer 503. */
final class StoreHealthCheck extends AbstractHealthCheck {

    private final Store store;

    StoreHealthCheck(Store store) {
        super("complaint-gateway", "store");
        this.store = store;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (store.healthy()) {
            builder.up();
        } else {
            builder.message("the store does not answer").down();
        }
    }
}
