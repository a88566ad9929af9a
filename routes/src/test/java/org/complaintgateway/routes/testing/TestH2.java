package org.complaintgateway.routes.testing;

import java.nio.file.Path;

/** An H2 file database inside a test's temporary directory (JUnit {@code @TempDir}). */
public final class TestH2 {

    private TestH2() {
    }

    /** A ledger file under {@code dir}; the store creates it on open and it outlives a close, as in production. */
    public static TestDatabase in(Path dir) {
        return new TestDatabase("jdbc:h2:file:" + dir.resolve("data").resolve("ledger").toAbsolutePath(), null);
    }
}
