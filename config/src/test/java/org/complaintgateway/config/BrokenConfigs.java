package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Loads a fixture from {@code src/test/resources/broken/} and returns its errors as printed, minus the folder. */
final class BrokenConfigs {

    private BrokenConfigs() {
    }

    static List<String> errorsOf(String fixture) {
        return errorsOf(fixture, Map.of());
    }

    static List<String> errorsOf(String fixture, Map<String, String> env) {
        Path file = fixture(fixture);
        String folder = file.getParent() + "/";
        return assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> new ConfigLoader(env::get).load(file))
                .actual()
                .errors().stream()
                .map(error -> error.toString().replace(folder, ""))
                .toList();
    }

    static Path fixture(String name) {
        URL url = Objects.requireNonNull(BrokenConfigs.class.getResource("/broken/" + name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
