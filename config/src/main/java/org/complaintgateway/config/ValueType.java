package org.complaintgateway.config;

import org.yaml.snakeyaml.nodes.Node;

/** Reads one YAML value into a Java value, or reports through the cursor why it cannot. */
@FunctionalInterface
interface ValueType<T> {

    /** The value, or null after a problem was reported. */
    T read(Node node, Cursor cursor);
}
