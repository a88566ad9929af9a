package org.complaintgateway.it.webform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A request body kept as a file under {@code src/test/resources/webform/}, named by the scenario it shows. */
final class Fixture {

    private Fixture() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream("/webform/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /webform/" + name + " on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
