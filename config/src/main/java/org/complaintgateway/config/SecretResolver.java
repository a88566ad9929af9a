package org.complaintgateway.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns {@code ${env:NAME}} and {@code ${file:PATH}} into a {@link Secret}. Literal secrets are refused so none
 * ends up in a file that gets committed; no message here ever contains a secret value.
 */
final class SecretResolver {
    static final String REFERENCE_ONLY = "secrets must be a reference: ${env:NAME} or ${file:PATH}";
    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern FILE = Pattern.compile("\\$\\{file:([^}]+)}");

    private final Function<String, String> env;
    private final Path configDirectory;

    /** Relative {@code ${file:..}} paths resolve against {@code configDirectory}, so a file can sit beside the config. */
    SecretResolver(Function<String, String> env, Path configDirectory) {
        this.env = env;
        this.configDirectory = configDirectory;
    }

    /** Where relative file references resolve: the directory of the config file. */
    Path configDirectory() {
        return configDirectory;
    }

    Secret read(Node node, Cursor cursor) {
        if (!(node instanceof ScalarNode scalar)) {
            cursor.fail(node, REFERENCE_ONLY);
            return null;
        }
        String reference = scalar.getValue();
        Matcher envReference = ENV.matcher(reference);
        if (envReference.matches()) {
            return fromEnvironment(reference, envReference.group(1), node, cursor);
        }
        Matcher fileReference = FILE.matcher(reference);
        if (fileReference.matches()) {
            return fromFile(reference, fileReference.group(1), node, cursor);
        }
        cursor.fail(node, REFERENCE_ONLY);
        return null;
    }

    private Secret fromEnvironment(String reference, String name, Node node, Cursor cursor) {
        String value = env.apply(name);
        if (value == null || value.isEmpty()) {
            cursor.fail(node, "environment variable '" + name + "' is " + (value == null ? "not set" : "empty"));
            return null;
        }
        return new Secret(reference, value);
    }

    private Secret fromFile(String reference, String pathText, Node node, Cursor cursor) {
        Path path;
        try {
            path = configDirectory.resolve(pathText);
        } catch (InvalidPathException e) {
            cursor.fail(node, "cannot read secret file '" + pathText + "' (not a valid path)");
            return null;
        }
        try {
            String value = withoutTrailingNewline(Files.readString(path, StandardCharsets.UTF_8));
            if (value.isEmpty()) {
                cursor.fail(node, "secret file '" + path + "' is empty");
                return null;
            }
            return new Secret(reference, value);
        } catch (IOException e) {
            cursor.fail(node, "cannot read secret file '" + path + "' (" + reason(e) + ")");
            return null;
        }
    }

    /** Files written with echo or an editor end in a newline that is not part of the secret. */
    private static String withoutTrailingNewline(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "not readable";
    }
}
