package org.complaintgateway.config;

import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;

/** A map that must hold exactly one of two keys: two ways of doing one thing, such as two ways to authenticate. */
final class ExactlyOneOf {

    private ExactlyOneOf() {
    }

    /**
     * @param both    the error when both are written
     * @param neither the error when neither is
     */
    static <A, B, T> ValueType<T> of(Key<A> first, Key<B> second, String both, String neither,
                                     Function<A, T> fromFirst, Function<B, T> fromSecond) {
        Section section = Section.of(first, second);
        return (node, cursor) -> {
            Values values = section.read(node, cursor);
            if (!(node instanceof MappingNode)) {
                return null; // reported by the section
            }
            boolean isFirst = values.isWritten(first);
            if (isFirst == values.isWritten(second)) {
                cursor.fail(node, isFirst ? both : neither);
                return null;
            }
            if (!values.complete()) {
                return null;
            }
            return isFirst ? fromFirst.apply(values.get(first)) : fromSecond.apply(values.get(second));
        };
    }
}
