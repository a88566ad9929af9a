package org.complaintgateway.routes.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a prepared query whose rows are ids and returns them in order. */
final class SqlIds {

    private SqlIds() {
    }

    static List<String> of(PreparedStatement select) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                ids.add(row.getString("id"));
            }
        }
        return ids;
    }
}
