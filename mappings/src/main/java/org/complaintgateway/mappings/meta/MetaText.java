package org.complaintgateway.mappings.meta;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import org.complaintgateway.mappings.text.SingleLine;

/** Meta's own words in a ledger reason, and a reply window's end from Meta's timestamps. */
final class MetaText {

    private MetaText() {
    }

    /** The value on one line and at most {@code max} characters, for reasons quoting Meta's own words. */
    static String oneLine(String value, int max) {
        String line = SingleLine.clean(value);
        if (line == null) {
            return null;
        }
        return line.length() <= max ? line : line.substring(0, max) + "…";
    }

    /**
     * {@code epoch} (in units of {@code 1 / perSecond} seconds: 1 for seconds, 1000 for milliseconds) plus
     * {@code window}; null when there is no time or it is out of any sensible range.
     */
    static Instant plusWindow(Long epoch, long perSecond, Duration window) {
        if (epoch == null || epoch < 0) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(epoch / perSecond, (epoch % perSecond) * (1_000_000_000L / perSecond)).plus(window);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }
}
