package org.complaintgateway.config;

import java.util.List;

/**
 * The description of one channel type. A new type (email, telegram) is one implementation of this, its record,
 * and one entry in {@link ChannelsSection#TYPES}.
 */
interface ChannelType {

    /** The {@code type} value in YAML. */
    String name();

    /** Its keys besides {@code id} and {@code type}. */
    Section section();

    /** Keys whose values are HTTP paths the channel serves: no two channels may serve the same path. */
    List<Key<String>> httpPaths();

    /** Checks the keys against each other and builds the record from values that are each valid. */
    ChannelConfig build(String id, Values values, Cursor cursor);
}
