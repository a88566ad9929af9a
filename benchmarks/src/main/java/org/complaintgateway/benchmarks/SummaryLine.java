package org.complaintgateway.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The machine-readable last line of a benchmark: a prefix and its figures as one JSON object, rounded for reading. */
final class SummaryLine {

    private SummaryLine() {
    }

    static String of(String prefix, Map<String, Object> figures) {
        try {
            return prefix + new ObjectMapper().writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of numbers and strings always serialises", e);
        }
    }

    /** One decimal; null (JSON null) for a figure that does not exist (NaN). */
    static Double oneDecimal(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 10) / 10.0;
    }
}
