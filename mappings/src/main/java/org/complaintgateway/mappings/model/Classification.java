package org.complaintgateway.mappings.model;

import java.util.List;

/** What rules said about the complaint; empty until rules exist. */
public record Classification(String category, String product, String priority, List<String> tags, String department) {
    public Classification {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
