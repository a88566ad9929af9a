package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.complaintgateway.routes.testing.TestDatabase;
import org.complaintgateway.routes.testing.TestH2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 file database, the default; plus H2's own durability setting. */
class H2JdbcStoreTest extends JdbcStoreContract {

    @TempDir
    Path dir;

    @Override
    TestDatabase freshDatabase() {
        return TestH2.in(dir);
    }

    /** Closing the pool is the nearest H2 comes to a database going away: it runs inside this JVM. */
    @Override
    Severable severableStore() {
        JdbcStore doomed = open();
        return new Severable(doomed, doomed::close);
    }

    @Test
    void openedLedgerCommitsWithoutWriteDelay() throws SQLException {
        String url = H2Urls.tune(TestH2.in(dir).url());
        try (Connection beside = DriverManager.getConnection(url);
             Statement query = beside.createStatement();
             ResultSet row = query.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("0");
        }
    }
}
