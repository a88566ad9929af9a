package org.complaintgateway.routes.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection inside one transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
