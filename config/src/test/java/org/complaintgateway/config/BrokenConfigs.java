package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Loads a broken config (a fixture from {@code src/test/resources/broken/}, or YAML) and returns its errors as printed, minus the folder. */
final class BrokenConfigs {

    private BrokenConfigs() {
    }

    static List<String> errorsOf(String fixture) {
        return errorsOf(fixture, Map.of());
    }

    static List<String> errorsOf(String fixture, Map<String, String> env) {
        return errorsOfFile(fixture(fixture), env);
    }

    /** {@code yaml} written to {@code gateway.yaml} in {@code dir}, loaded with {@code env}: its errors, minus the folder. */
    static List<String> errorsOfYaml(Path dir, String yaml, Map<String, String> env) {
        try {
            return errorsOfFile(Files.writeString(dir.resolve("gateway.yaml"), yaml), env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> errorsOfFile(Path file, Map<String, String> env) {
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
