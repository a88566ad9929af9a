package org.complaintgateway.benchmarks;

import java.util.Locale;

/** How the drain benchmarks print a figure in their tables: "-" for one that does not exist. */
final class TableCells {

    private TableCells() {
    }

    /** {@code value} with {@code decimals} decimals; "-" for NaN. */
    static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    /** A goal's verdict from its summary value: true, false, or null when it was not measured. */
    static String verdict(Object goal) {
        return goal == null ? "not measured" : (Boolean) goal ? "met" : "NOT met";
    }
}
