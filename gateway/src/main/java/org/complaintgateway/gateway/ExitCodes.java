package org.complaintgateway.gateway;

/** What the commands exit with, so scripts and monitoring can tell the cases apart. */
final class ExitCodes {
    static final int OK = 0;
    /** {@code ledger check}: something is stuck or unaccounted for. */
    static final int LEDGER_PROBLEM = 1;
    /** The configuration is invalid, or the command line is wrong (picocli's own usage code). */
    static final int INVALID = 2;
    /** The store cannot be reached. */
    static final int STORE_UNAVAILABLE = 3;
    /** A remote API (Telegram) refused the request or could not be reached. */
    static final int REMOTE_REFUSED = 4;

    private ExitCodes() {
    }
}
