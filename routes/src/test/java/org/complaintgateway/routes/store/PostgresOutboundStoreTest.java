package org.complaintgateway.routes.store;

import org.complaintgateway.routes.testing.TestDatabase;
import org.complaintgateway.routes.testing.TestPostgres;

/** The outbound store contract on a real PostgreSQL, the database several gateway instances share. */
class PostgresOutboundStoreTest extends OutboundStoreContract {

    @Override
    TestDatabase freshDatabase() {
        return TestPostgres.shared().freshDatabase();
    }
}
