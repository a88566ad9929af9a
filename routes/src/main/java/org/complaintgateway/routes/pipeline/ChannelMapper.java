package org.complaintgateway.routes.pipeline;

import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.routes.store.JournalEntry;

/** Turns one journaled message of one channel into a complaint, or says why not. A pure function of the entry. */
@FunctionalInterface
public interface ChannelMapper {
    MappingResult map(JournalEntry entry);
}
