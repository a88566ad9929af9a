package org.complaintgateway.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Moves a secret a test config takes from TestGateway's fake environment into a file beside the config.
 * The command line reads the real environment, where the fake variable is not set; a {@code ${file:...}}
 * reference lets the CLI load the very config the running gateway uses.
 */
public final class SecretFile {

    private SecretFile() {
    }

    public static void replaceEnvReference(Path configFile, String envName, String value) {
        String fileName = envName.toLowerCase(Locale.ROOT) + ".secret";
        try {
            Files.writeString(configFile.resolveSibling(fileName), value);
            String yaml = Files.readString(configFile);
            String reference = "${env:" + envName + "}";
            if (!yaml.contains(reference)) {
                throw new IllegalStateException(configFile + " has no " + reference);
            }
            Files.writeString(configFile, yaml.replace(reference, "${file:" + fileName + "}"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
