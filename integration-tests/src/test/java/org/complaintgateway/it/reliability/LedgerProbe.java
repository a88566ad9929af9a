package org.complaintgateway.it.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.complaintgateway.config.StoreSettings;

/**
 * Plain JDBC reads of a child gateway's ledger while it runs: an H2 file through the gateway's own AUTO_SERVER (so
 * only while it is alive: opened with the gateway dead, this JVM would become the file's server), PostgreSQL directly.
 * One connection, no pool, closed before a kill. The test databases need no password.
 */
final class LedgerProbe implements AutoCloseable {

    private final Connection connection;

    private LedgerProbe(Connection connection) {
        this.connection = connection;
    }

    static LedgerProbe open(StoreSettings store) {
        String url = store.url().startsWith("jdbc:h2:") && !store.url().contains("AUTO_SERVER")
                ? store.url() + ";AUTO_SERVER=TRUE" : store.url();
        try {
            return new LedgerProbe(DriverManager.getConnection(url, store.user() == null ? "" : store.user(), ""));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the gateway's ledger at " + store.url(), e);
        }
    }

    KillStage.Snapshot stages(int receiving) {
        String sql = "SELECT (SELECT COUNT(*) FROM journal WHERE state IN ('RECEIVED', 'WAITING', 'NORMALIZED')),"
                + " (SELECT COUNT(*) FROM outbox WHERE state = 'PENDING' AND attempts = 0),"
                + " (SELECT COUNT(*) FROM outbox WHERE state = 'PENDING' AND attempts > 0)";
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return new KillStage.Snapshot(receiving, row.getLong(1), row.getLong(2), row.getLong(3));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Journal rows per state. */
    Map<String, Long> states() {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT state, COUNT(*) FROM journal GROUP BY state")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the gateway's server may be gone already
        }
    }
}
