package org.complaintgateway.benchmarks;

/** What the gateway's ledger says after a run: messages FORWARDED, and messages in any state. */
record LedgerCounts(long forwarded, long total) {}
