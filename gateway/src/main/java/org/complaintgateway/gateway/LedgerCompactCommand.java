package org.complaintgateway.gateway;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.complaintgateway.config.GatewayConfig;
import org.complaintgateway.routes.store.LedgerCompaction;
import org.complaintgateway.routes.store.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ledger compact}: gives back the disk space the embedded H2 ledger took while the gateway ran. Not a
 * {@link StoreCommand}: it must not open the store (and migrate, and share the file) but have the file to itself.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "With the gateway stopped, rewrite the embedded H2 ledger file down to the data it holds (H2's "
                + "SHUTDOWN COMPACT): the file grows while the gateway runs. Exit 3 if the file is in use or missing. "
                + "A PostgreSQL store needs nothing of the kind (autovacuum).")
final class LedgerCompactCommand implements Callable<Integer> {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        GatewayConfig loaded = config.loadOrReport().orElse(null);
        if (loaded == null) {
            return ExitCodes.INVALID;
        }
        LedgerCompaction.Outcome outcome;
        try {
            outcome = LedgerCompaction.compact(loaded.store());
        } catch (StoreUnavailableException e) {
            System.err.println(e.getMessage());
            return ExitCodes.STORE_UNAVAILABLE;
        }
        if (outcome instanceof LedgerCompaction.Compacted compacted) {
            System.out.printf(Locale.ROOT, "compacted %s: %s -> %s in %.1f s%n", compacted.file(),
                    size(compacted.bytesBefore()), size(compacted.bytesAfter()), compacted.took().toMillis() / 1000.0);
            return ExitCodes.OK;
        }
        if (outcome instanceof LedgerCompaction.InUse inUse) {
            System.err.println("the ledger " + inUse.file() + " is in use (a running gateway, or a ledger command beside"
                    + " it): stop the gateway, then compact; nothing was changed");
            return ExitCodes.STORE_UNAVAILABLE;
        }
        if (outcome instanceof LedgerCompaction.NoLedger missing) {
            System.err.println("no ledger at " + missing.file() + ": check store.url in " + config.file);
            return ExitCodes.STORE_UNAVAILABLE;
        }
        System.out.println("nothing to compact: the store is not an embedded H2 file (PostgreSQL reclaims the space of"
                + " old rows itself, with autovacuum)");
        return ExitCodes.OK;
    }

    /** Megabytes with a decimal, or whole kilobytes for a file under one megabyte. */
    private static String size(long bytes) {
        return bytes < MB ? (bytes + KB - 1) / KB + " KB" : String.format(Locale.ROOT, "%.1f MB", (double) bytes / MB);
    }
}
