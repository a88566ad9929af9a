package org.complaintgateway.it.delivery;

import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.testing.TestPostgres;

/** The delivery contract on a real PostgreSQL: the store several gateway instances share. */
class PostgresDeliveryTest extends DeliveryContract {

    @Override
    TestGateway.Builder withStore(TestGateway.Builder builder) {
        return builder.store(TestPostgres.shared().freshDatabase());
    }
}
