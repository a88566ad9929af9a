package org.complaintgateway.routes.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants in and out of TIMESTAMP WITH TIME ZONE columns. OffsetDateTime is the type both the H2 and
 * the PostgreSQL driver map natively (JDBC 4.2); microseconds are what both columns keep.
 */
final class SqlTime {

    private SqlTime() {
    }

    /** Cut to the columns' precision, so what a caller holds equals what a later read returns. */
    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(truncate(instant), ZoneOffset.UTC));
    }

    static Instant get(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
