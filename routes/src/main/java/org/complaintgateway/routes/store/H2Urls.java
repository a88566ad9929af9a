package org.complaintgateway.routes.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Makes an H2 file URL safe for the journal, and its directory exist. Other URLs pass unchanged. */
final class H2Urls {

    private static final String H2 = "jdbc:h2:";

    /** Remote (tcp, ssl), in-memory and other storage prefixes: no local file this process should tune. */
    private static final Pattern NOT_A_PLAIN_FILE = Pattern.compile("^[A-Za-z]{2,}:.*");

    private H2Urls() {
    }

    /**
     * How long H2 may compact the file when its last connection closes (H2's default: 200 ms). With WRITE_DELAY=0 it
     * is never compacted while open and grows by tens of kilobytes per complaint. In the ledger loop with 8 threads
     * a close gave back nothing of a 664 MB file in 200 ms, and took a 690 MB one to 78 MB in 1.8 s with this limit;
     * with 32 threads it gave nothing back either way (docs/schema.md). A clean stop takes at most this much longer.
     */
    static final int CLOSE_COMPACT_MILLIS = 5000;

    /**
     * WRITE_DELAY=0: by default H2 keeps the last few hundred milliseconds of commits in memory and loses
     * them on kill -9, and a journal that acknowledged a message must not lose it. AUTO_SERVER=TRUE: the
     * second process to open the file ({@code ledger check} beside the running gateway) connects through
     * the first instead of failing on the file lock. MAX_COMPACT_TIME: see {@link #CLOSE_COMPACT_MILLIS}.
     * Settings the URL already has are kept.
     */
    static String tune(String url) {
        if (file(url).isEmpty()) {
            return url;
        }
        String tuned = url;
        if (!hasSetting(url, "WRITE_DELAY")) {
            tuned += ";WRITE_DELAY=0";
        }
        if (!hasSetting(url, "AUTO_SERVER")) {
            tuned += ";AUTO_SERVER=TRUE";
        }
        if (!hasSetting(url, "MAX_COMPACT_TIME")) {
            tuned += ";MAX_COMPACT_TIME=" + CLOSE_COMPACT_MILLIS;
        }
        return tuned;
    }

    /** Creates the directory the database file lives in: H2 creates files, not their parents. */
    static void createParentDirectories(String url) {
        file(url).map(Path::toAbsolutePath).map(Path::getParent).ifPresent(dir -> {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the database directory " + dir, e);
            }
        });
    }

    /** The database path of an embedded H2 file URL ({@code jdbc:h2:file:path} or {@code jdbc:h2:path}). */
    static Optional<Path> file(String url) {
        if (url == null || !url.regionMatches(true, 0, H2, 0, H2.length())) {
            return Optional.empty();
        }
        String rest = url.substring(H2.length());
        int settings = rest.indexOf(';');
        String path = settings < 0 ? rest : rest.substring(0, settings);
        if (path.regionMatches(true, 0, "file:", 0, "file:".length())) {
            path = path.substring("file:".length());
        } else if (NOT_A_PLAIN_FILE.matcher(path).matches()) {
            return Optional.empty();
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(Path.of(path));
    }

    private static boolean hasSetting(String url, String name) {
        return url.toUpperCase(Locale.ROOT).contains(";" + name + "=");
    }
}
