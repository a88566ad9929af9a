package org.complaintgateway.routes.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.complaintgateway.config.StoreSettings;
import org.h2.api.ErrorCode;

/**
 * Rewrites the embedded H2 ledger file down to the data it holds, with H2's {@code SHUTDOWN COMPACT}. H2 writes every
 * commit as a new chunk of pages, and with {@code WRITE_DELAY=0} ({@link H2Urls}) it never compacts while the gateway
 * runs: the file grows by tens of kilobytes per complaint for as long as it runs (docs/BENCHMARKS.md, "The ledger over
 * time"). Compacting needs the file to itself, so only a stopped gateway's ledger can be compacted.
 */
public final class LedgerCompaction {

    /** Settings this class sets itself: nobody may reach the file through a running gateway's database. */
    private static final Pattern OWN_SETTINGS = Pattern.compile("(?i);(AUTO_SERVER|IFEXISTS|OPEN_NEW)=[^;]*");

    private LedgerCompaction() {
    }

    /** What {@link #compact} did. */
    public sealed interface Outcome {
    }

    /** The file was rewritten: its size before and after, and how long it took. */
    public record Compacted(Path file, long bytesBefore, long bytesAfter, Duration took) implements Outcome {
    }

    /** The store is not an embedded H2 file (PostgreSQL, or H2 over the network): nothing for this to do. */
    public record NotAnEmbeddedFile() implements Outcome {
    }

    /** No ledger file where the configuration says: nothing was created there either. */
    public record NoLedger(Path file) implements Outcome {
    }

    /** Another process has the file open (a running gateway, or a ledger command beside it): nothing was changed. */
    public record InUse(Path file) implements Outcome {
    }

    /**
     * Compacts the ledger {@code settings} name, when it is an embedded H2 file nobody else has open.
     *
     * @throws StoreUnavailableException when the database refuses (e.g. the user may not shut it down)
     */
    public static Outcome compact(StoreSettings settings) {
        Optional<Path> database = H2Urls.file(settings.url());
        if (database.isEmpty()) {
            return new NotAnEmbeddedFile();
        }
        Path file = Path.of(database.get() + ".mv.db").toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            return new NoLedger(file);
        }
        long before = size(file);
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(exclusive(settings.url()), settings.user(),
                settings.password() == null ? "" : settings.password().reveal());
             Statement shutdown = connection.createStatement()) {
            shutdown.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new InUse(file);
            }
            throw new StoreUnavailableException("cannot compact " + file + ": " + e.getMessage(), e);
        }
        return new Compacted(file, before, size(file), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The URL that opens the file for this connection alone, and only if it exists. Without {@code OPEN_NEW} a
     * connection in a JVM that has the database open (a gateway's own) would share that database, and shut it down.
     */
    static String exclusive(String url) {
        return OWN_SETTINGS.matcher(url).replaceAll("") + ";AUTO_SERVER=FALSE;IFEXISTS=TRUE;OPEN_NEW=TRUE";
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }
}
