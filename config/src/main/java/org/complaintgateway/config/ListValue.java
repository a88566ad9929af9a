package org.complaintgateway.config;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML list of items, each read by the same value type; empty only where that means "none". */
final class ListValue<T> implements ValueType<List<T>> {
    private final ValueType<T> item;
    private final String what;
    private final boolean emptyAllowed;

    ListValue(ValueType<T> item, String what) {
        this(item, what, false);
    }

    ListValue(ValueType<T> item, String what, boolean emptyAllowed) {
        this.item = item;
        this.what = what;
        this.emptyAllowed = emptyAllowed;
    }

    @Override
    public List<T> read(Node node, Cursor cursor) {
        if (!(node instanceof SequenceNode list) || (list.getValue().isEmpty() && !emptyAllowed)) {
            cursor.fail(node, "expected " + what + ", got " + (node instanceof SequenceNode ? "an empty list" : Cursor.shape(node)));
            return null;
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            T value = item.read(list.getValue().get(i), cursor.item(i));
            if (value == null) {
                return null;
            }
            items.add(value);
        }
        return List.copyOf(items);
    }
}
