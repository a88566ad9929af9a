package org.complaintgateway.mappings;

import com.github.f4b6a3.uuid.UuidCreator;

/** Creates complaint ids: UUIDv7, so ids sort by creation time and index well as database keys. */
public final class ComplaintIds {

    private ComplaintIds() {
    }

    /** A new UUIDv7 in its canonical lower-case string form; later calls sort after earlier ones. */
    public static String newId() {
        return UuidCreator.getTimeOrderedEpoch().toString();
    }
}
