package org.complaintgateway.config;

import java.util.List;
import java.util.Optional;

/**
 * The description of one channel type. A new type (email, telegram) is one implementation of this, its record,
 * and one entry in {@link ChannelsSection#TYPES}; types that differ only in a few keys share one implementation
 * (whatsapp, messenger, instagram).
 */
interface ChannelType {

    /** The {@code type} value in YAML. */
    String name();

    /** Its keys besides {@code id} and {@code type}. */
    Section section();

    /** Keys whose values are HTTP paths the channel serves: no two channels may serve the same path. */
    List<Key<String>> httpPaths();

    /** The path {@code key} makes the channel serve, or null when it serves none (a key of another mode). */
    default String servedPath(String id, Values values, Key<String> key) {
        return values.get(key);
    }

    /**
     * What the built channel polls that no other channel may poll too (a mailbox), in words for the error;
     * empty when it polls nothing.
     */
    default Optional<String> polledSource(ChannelConfig channel) {
        return Optional.empty();
    }

    /** Checks the keys against each other and builds the record from values that are each valid. */
    ChannelConfig build(String id, Values values, Cursor cursor);
}
