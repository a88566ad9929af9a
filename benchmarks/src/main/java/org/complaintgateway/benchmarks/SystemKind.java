package org.complaintgateway.benchmarks;

import java.util.Locale;

/** The two systems measured side by side: the bare forwarder and the gateway. */
enum SystemKind {
    BASELINE,
    GATEWAY;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SystemKind parse(String text) {
        for (SystemKind kind : values()) {
            if (kind.label().equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("expected gateway or baseline, got '" + text + "'");
    }
}
