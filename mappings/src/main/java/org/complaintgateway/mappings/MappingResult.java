package org.complaintgateway.mappings;

import java.util.Objects;
import org.complaintgateway.mappings.model.Complaint;

/** What a mapper or filter decides about one raw message; never null, never an exception for bad input. */
public sealed interface MappingResult {

    record Mapped(Complaint complaint) implements MappingResult {
        public Mapped {
            Objects.requireNonNull(complaint, "complaint");
        }
    }

    /** Not a complaint (auto-reply, honeypot, status event...): recorded as IGNORED with the reason. */
    record Ignored(String reason) implements MappingResult {
        public Ignored {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Could not be understood: kept with its raw bytes as QUARANTINED with the reason, replayable. */
    record Quarantined(String reason) implements MappingResult {
        public Quarantined {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
