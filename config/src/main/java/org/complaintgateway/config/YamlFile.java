package org.complaintgateway.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a file into SnakeYAML's node tree, which keeps every node's position; reports files it cannot read. */
final class YamlFile {

    private YamlFile() {
    }

    /** The root node, or empty after reporting an unreadable, empty or malformed file. */
    static Optional<Node> compose(Path file, Problems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problems.onFile("cannot read the file: it is not UTF-8 text");
            return Optional.empty();
        } catch (IOException e) {
            problems.onFile(e instanceof NoSuchFileException ? "no such file" : "cannot read the file (" + e + ")");
            return Optional.empty();
        }
        try {
            Node root = new Yaml().compose(new StringReader(text));
            if (root == null) {
                problems.atStart("the file is empty; expected a map with gateway, store, downstream and channels");
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.at(mark, null, null, "YAML syntax error: " + e.getProblem() + hint(e, text, mark));
        } catch (YAMLException e) {
            problems.onFile("YAML syntax error: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** A plain ${...} inside { } ends the flow map early: the commonest slip with secret references. */
    private static String hint(MarkedYAMLException e, String text, Mark mark) {
        if (mark == null || e.getContext() == null || !e.getContext().contains("flow")) {
            return "";
        }
        String[] lines = text.split("\n", -1);
        return mark.getLine() < lines.length && lines[mark.getLine()].contains("${")
                ? " (inside { } put secret references in quotes: \"${env:NAME}\")"
                : "";
    }
}
