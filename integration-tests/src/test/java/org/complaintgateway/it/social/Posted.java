package org.complaintgateway.it.social;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.complaintgateway.it.support.Ledger;
import org.complaintgateway.routes.store.JournalEntry;

/** A request's answer and the journal entries it added, in no particular order. */
record Posted(HttpResponse<String> response, List<JournalEntry> journaled) {

    /**
     * Sends a request and records what it journaled. A webhook answers after the commit, and an event that is no
     * complaint is IGNORED or QUARANTINED in that same commit, so its entries are all there by the answer.
     */
    static Posted by(Ledger ledger, Supplier<HttpResponse<String>> request) {
        Set<String> before = ledger.entries().stream().map(JournalEntry::id).collect(Collectors.toSet());
        HttpResponse<String> response = request.get();
        return new Posted(response, ledger.entries().stream().filter(entry -> !before.contains(entry.id())).toList());
    }

    int status() {
        return response.statusCode();
    }

    /** The one entry the request journaled. */
    JournalEntry only() {
        if (journaled.size() != 1) {
            throw new AssertionError("expected one journal entry, got " + journaled.size() + ": " + journaled);
        }
        return journaled.get(0);
    }
}
