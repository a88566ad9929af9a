package org.complaintgateway.routes.email;

import java.util.Locale;

/** Sizes as an admin reads them in a reason: "31.5 MB", "812 KB", "96 bytes" (binary units, as config's sizes). */
final class Sizes {

    private Sizes() {
    }

    static String describe(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }
}
