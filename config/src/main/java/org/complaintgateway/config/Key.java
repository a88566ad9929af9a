package org.complaintgateway.config;

/**
 * One key a section may hold.
 *
 * @param fallback the value when the key is absent (or invalid, so checks on other keys can go on); null if none
 */
record Key<T>(String name, ValueType<T> type, boolean required, T fallback) {

    static <T> Key<T> required(String name, ValueType<T> type) {
        return new Key<>(name, type, true, null);
    }

    static <T> Key<T> optional(String name, ValueType<T> type, T fallback) {
        return new Key<>(name, type, false, fallback);
    }
}
