package org.complaintgateway.it.delivery;

import org.complaintgateway.it.support.TestGateway;

/** The delivery contract on the embedded default store, an H2 file. */
class H2DeliveryTest extends DeliveryContract {

    @Override
    TestGateway.Builder withStore(TestGateway.Builder builder) {
        return builder;
    }
}
