package org.complaintgateway.config;

import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;

/** A JDBC URL of a supported database (H2 or PostgreSQL), without a password in it. */
final class JdbcUrlValue implements ValueType<String> {
    private static final String WHAT = "a JDBC URL starting with jdbc:h2: or jdbc:postgresql:";

    @Override
    public String read(Node node, Cursor cursor) {
        String text = cursor.scalar(node, WHAT);
        if (text == null) {
            return null;
        }
        if (text.toLowerCase(Locale.ROOT).contains("password=")) {
            // not quoted back: it holds the password
            cursor.fail(node, "the URL must not contain a password; use store.password with a secret reference");
            return null;
        }
        if (!text.startsWith("jdbc:h2:") && !text.startsWith("jdbc:postgresql:")) {
            cursor.expected(node, WHAT);
            return null;
        }
        return text;
    }
}
