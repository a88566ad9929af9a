package org.complaintgateway.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A map whose {@code type} key picks the section describing the rest of it (auth kinds, channel types),
 * so a new kind is one more entry in the list.
 */
final class Variants<K> {
    static final Key<String> TYPE = Key.required("type", Scalars.text(Pattern.compile(".+"), "a type name"));

    /** The kind the map asked for and what the map held. */
    record Picked<K>(K kind, Values values) {
    }

    private final String what;
    private final Map<String, K> kinds = new LinkedHashMap<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();

    Variants(String what, List<K> kinds, Function<K, String> name, Function<K, Section> section) {
        this.what = what;
        for (K kind : kinds) {
            this.kinds.put(name.apply(kind), kind);
            this.sections.put(name.apply(kind), section.apply(kind).withFirst(TYPE));
        }
    }

    /** The picked kind and its values, or null when the type is missing or unknown (already reported). */
    Picked<K> read(Node node, Cursor cursor) {
        if (!(node instanceof MappingNode map)) {
            cursor.fail(node, "expected a map with a 'type' key (one of " + known() + "), got " + Cursor.shape(node));
            return null;
        }
        Node typeNode = typeNode(map);
        if (typeNode == null) {
            cursor.child(TYPE.name()).fail(map, "required key is missing (one of " + known() + ")");
            return null;
        }
        String type = cursor.child(TYPE.name()).scalar(typeNode, "one of " + known());
        if (type == null) {
            return null;
        }
        if (!kinds.containsKey(type)) {
            String suggestion = NearestName.among(type, kinds.keySet()).map(near -> " (did you mean '" + near + "'?)").orElse("");
            cursor.child(TYPE.name()).fail(typeNode, "unknown " + what + " '" + type + "'" + suggestion + "; known types: " + known());
            return null;
        }
        return new Picked<>(kinds.get(type), sections.get(type).read(map, cursor));
    }

    private static Node typeNode(MappingNode map) {
        for (NodeTuple entry : map.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals(TYPE.name())
                    && !Section.isEmpty(entry.getValueNode())) {
                return entry.getValueNode();
            }
        }
        return null;
    }

    private String known() {
        return String.join(", ", kinds.keySet());
    }
}
