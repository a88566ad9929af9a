package org.complaintgateway.routes.store;

import org.complaintgateway.routes.testing.TestDatabase;
import org.complaintgateway.routes.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;

/** The store contract on a real PostgreSQL, the database several gateway instances share. */
class PostgresJdbcStoreTest extends JdbcStoreContract {

    private TestPostgres dedicated;

    @Override
    TestDatabase freshDatabase() {
        return TestPostgres.shared().freshDatabase();
    }

    /** A server of its own, stopped for real: the shared one serves the other tests. */
    @Override
    Severable severableStore() {
        dedicated = TestPostgres.dedicated();
        JdbcStore doomed = JdbcStore.open(dedicated.freshDatabase().settings(), PREFIX, clock);
        return new Severable(doomed, dedicated::close);
    }

    @AfterEach
    void stopDedicatedServer() {
        if (dedicated != null) {
            dedicated.close();
        }
    }
}
