package org.complaintgateway.routes.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in one transaction on a pooled connection, again on a conflict, and translates failures. */
final class Transactions {

    /** Conflicts come from racing writers; a handful of reruns settles them (the loser then reads the winner's row). */
    private static final int ATTEMPTS = 5;

    private final DataSource pool;

    Transactions(DataSource pool) {
        this.pool = pool;
    }

    <T> T run(String operation, SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = borrow(operation)) {
                return commit(connection, work);
            } catch (SQLException e) {
                if (!SqlFailures.isConflict(e) || attempt == ATTEMPTS) {
                    throw SqlFailures.translate(operation, e);
                }
            }
        }
    }

    /** Any failure to get a connection (pool timeout, pool closed, server down) means unreachable. */
    private Connection borrow(String operation) {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StoreUnavailableException(operation + ": cannot reach the database", e);
        }
    }

    private static <T> T commit(Connection connection, SqlWork<T> work) throws SQLException {
        try {
            T result = work.apply(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(connection, e);
            throw e;
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
