package org.complaintgateway.routes.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Sorts SQLExceptions into "retry the transaction", "database unreachable" and "database refused". */
final class SqlFailures {

    /**
     * Unique violation (a concurrent insert won), serialization failure and deadlock (PostgreSQL),
     * lock timeout (HYT00) and concurrent update (90131) in H2: the transaction is worth running again.
     */
    private static final Set<String> CONFLICTS = Set.of("23505", "40001", "40P01", "HYT00", "90131");

    /**
     * PostgreSQL shutting down or refusing connections (57P01-57P03, 53300 too many connections);
     * H2 database closed (90098, 90121), connection broken (90067), file locked by another process (90020).
     */
    private static final Set<String> UNREACHABLE = Set.of("57P01", "57P02", "57P03", "53300",
            "90098", "90121", "90067", "90020");

    private SqlFailures() {
    }

    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    static boolean isConflict(SQLException e) {
        return CONFLICTS.contains(e.getSQLState());
    }

    static boolean isUnreachable(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException
                || (state != null && (state.startsWith("08") || UNREACHABLE.contains(state)));
    }

    /** A store operation failed because the database could not be reached (rather than refusing the work). */
    static boolean unreachable(RuntimeException e) {
        return e instanceof StoreUnavailableException && e.getCause() instanceof SQLException sql && isUnreachable(sql);
    }

    /**
     * Both kinds become a {@link StoreUnavailableException}: whether the database is gone or refused the
     * statement, the caller must not acknowledge the message, so it answers 503 or retries later.
     */
    static StoreUnavailableException translate(String operation, SQLException e) {
        String what = isUnreachable(e) ? "cannot reach the database" : "the database refused the operation";
        return new StoreUnavailableException(operation + ": " + what + " (SQLState " + e.getSQLState() + ")", e);
    }
}
