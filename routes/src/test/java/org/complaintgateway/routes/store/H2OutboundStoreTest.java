package org.complaintgateway.routes.store;

import java.nio.file.Path;
import org.complaintgateway.routes.testing.TestDatabase;
import org.complaintgateway.routes.testing.TestH2;
import org.junit.jupiter.api.io.TempDir;

/** The outbound store contract on the embedded H2 file database, the default. */
class H2OutboundStoreTest extends OutboundStoreContract {

    @TempDir
    Path dir;

    @Override
    TestDatabase freshDatabase() {
        return TestH2.in(dir);
    }
}
