package org.complaintgateway.mappings.email;

import org.complaintgateway.mappings.model.Relations;

/** What a filter may consult besides the mail: the channel settings, the store, and the thread found (or null). */
record FilterContext(EmailMappingSettings settings, ThreadLookup lookup, Relations thread) {
}
