package org.complaintgateway.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The keys a YAML map may hold; reading checks a map against them and collects what it holds. */
final class Section implements ValueType<Values> {
    private final Map<String, Key<?>> keys = new LinkedHashMap<>();

    private Section(List<Key<?>> keys) {
        keys.forEach(key -> this.keys.put(key.name(), key));
    }

    static Section of(Key<?>... keys) {
        return new Section(Arrays.asList(keys));
    }

    /** This section with more keys in front, e.g. the {@code id} and {@code type} every channel has. */
    Section withFirst(Key<?>... first) {
        List<Key<?>> all = new ArrayList<>(Arrays.asList(first));
        all.addAll(keys.values());
        return new Section(all);
    }

    /** A value type that reads this section and builds a value from it when nothing in it was wrong. */
    <T> ValueType<T> building(Function<Values, T> build) {
        return (node, cursor) -> {
            Values values = read(node, cursor);
            return values.complete() ? build.apply(values) : null;
        };
    }

    @Override
    public Values read(Node node, Cursor cursor) {
        if (!(node instanceof MappingNode map)) {
            cursor.fail(node, "expected a map with keys " + String.join(", ", keys.keySet())
                    + ", got " + Cursor.shape(node));
            return Values.broken(node);
        }
        int problemsBefore = cursor.problemCount();
        Map<String, Node> keyNodes = new HashMap<>();
        Map<String, Node> written = new HashMap<>();
        Map<String, Object> values = new HashMap<>();
        for (NodeTuple entry : map.getValue()) {
            String name = cursor.scalar(entry.getKeyNode(), "a key name");
            if (name == null) {
                continue;
            }
            Node keyNode = entry.getKeyNode();
            if (keyNodes.containsKey(name)) {
                cursor.fail(keyNode, "duplicate key '" + name + "'; first written at line " + line(keyNodes.get(name)));
                continue;
            }
            keyNodes.put(name, keyNode);
            Key<?> key = keys.get(name);
            if (key == null) {
                cursor.fail(keyNode, unknownKey(name));
                continue;
            }
            Node value = entry.getValueNode();
            if (isEmpty(value)) {
                continue; // "port:" with nothing after it means the default, as if the key were left out
            }
            written.put(name, value);
            Object read = key.type().read(value, cursor.child(name));
            if (read != null) {
                values.put(name, read);
            }
        }
        for (Key<?> key : keys.values()) {
            if (key.required() && !written.containsKey(key.name())) {
                cursor.child(key.name()).fail(map, "required key is missing");
            }
        }
        return new Values(map, values, written, cursor.problemCount() == problemsBefore);
    }

    private String unknownKey(String name) {
        if (keys.isEmpty()) {
            return "unknown key '" + name + "'; this map takes no other keys";
        }
        return NearestName.among(name, keys.keySet())
                .map(nearest -> "unknown key '" + name + "' (did you mean '" + nearest + "'?)")
                .orElse("unknown key '" + name + "'; allowed keys: " + String.join(", ", keys.keySet()));
    }

    /** An empty value ({@code key:}, {@code ~}, {@code null}) counts as absent. */
    static boolean isEmpty(Node value) {
        return value instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
