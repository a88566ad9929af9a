package org.complaintgateway.config;

import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** What one section held: each key's value (or its fallback) and where each key was written. */
final class Values {
    private final Node section;
    private final Map<String, Object> values;
    private final Map<String, Node> written;
    private final boolean complete;

    Values(Node section, Map<String, Object> values, Map<String, Node> written, boolean complete) {
        this.section = section;
        this.values = Map.copyOf(values);
        this.written = Map.copyOf(written);
        this.complete = complete;
    }

    /** A section left out of the file: every key has its fallback. */
    static Values absent() {
        return new Values(null, Map.of(), Map.of(), true);
    }

    /** A section that is not a map at all: every key has its fallback, but nothing may be built from it. */
    static Values broken(Node section) {
        return new Values(section, Map.of(), Map.of(), false);
    }

    @SuppressWarnings("unchecked") // the value was read by key.type(), so it is a T
    <T> T get(Key<T> key) {
        return values.containsKey(key.name()) ? (T) values.get(key.name()) : key.fallback();
    }

    boolean isWritten(Key<?> key) {
        return written.containsKey(key.name());
    }

    /** True when the key was written but its value was wrong, so {@link #get} gives only a stand-in. */
    boolean isWrong(Key<?> key) {
        return written.containsKey(key.name()) && !values.containsKey(key.name());
    }

    /** The key's value node, or the section itself when the key is absent: where a problem about it points. */
    Node where(Key<?> key) {
        return written.getOrDefault(key.name(), section);
    }

    /** True when nothing inside the section (nested sections included) was wrong. */
    boolean complete() {
        return complete;
    }
}
