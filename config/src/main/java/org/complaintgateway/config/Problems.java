package org.complaintgateway.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every error found in one file, so the admin sees all of them in one run. */
final class Problems {
    private final Path file;
    private final List<ConfigError> errors = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void at(Node node, String channelId, String field, String message) {
        at(node == null ? null : node.getStartMark(), channelId, field, message);
    }

    /** SnakeYAML marks are 0-based; editors and compilers count from 1. */
    void at(Mark mark, String channelId, String field, String message) {
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        errors.add(new ConfigError(file, line, column, channelId, field, message));
    }

    /** A problem with the file as a whole, e.g. it cannot be read: no position to give. */
    void onFile(String message) {
        errors.add(new ConfigError(file, 0, 0, null, null, message));
    }

    /** A problem with the whole content, e.g. there is none: it points at the first character. */
    void atStart(String message) {
        errors.add(new ConfigError(file, 1, 1, null, null, message));
    }

    int count() {
        return errors.size();
    }

    /** The errors in file order; a stable sort keeps several errors at one place in the order found. */
    List<ConfigError> inFileOrder() {
        return errors.stream()
                .sorted(Comparator.comparingInt(ConfigError::line).thenComparingInt(ConfigError::column))
                .toList();
    }
}
