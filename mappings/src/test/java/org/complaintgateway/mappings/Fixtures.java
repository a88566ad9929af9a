package org.complaintgateway.mappings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads test fixtures from the classpath and locates files of the repository relative to this module. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path from the repository root; surefire runs tests with the module directory as basedir. */
    public static Path repositoryFile(String relativePath) {
        return Path.of(System.getProperty("basedir", ".")).resolve("..").resolve(relativePath).normalize();
    }
}
