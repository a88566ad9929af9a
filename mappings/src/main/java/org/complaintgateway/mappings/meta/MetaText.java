package org.complaintgateway.mappings.meta;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.model.Location;
import org.complaintgateway.mappings.text.SingleLine;

/**
 * The customer's words as plain text: {@code \n} line ends, no control characters, outer whitespace trimmed; and a
 * shared place written out, so that a reader of the text alone misses nothing.
 */
final class MetaText {

    private static final Pattern NEWLINES = Pattern.compile("\\r\\n?|[\\u2028\\u2029]");
    private static final Pattern CONTROLS_BUT_NEWLINE_AND_TAB = Pattern.compile("[\\p{Cc}\\uFFFE\\uFFFF&&[^\\n\\t]]");

    private MetaText() {
    }

    /** Line ends as {@code \n}, control characters (NUL included) gone, outer whitespace trimmed; never null. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normalized = NEWLINES.matcher(text).replaceAll("\n");
        return CONTROLS_BUT_NEWLINE_AND_TAB.matcher(normalized).replaceAll("").strip();
    }

    /** "Location: 52.520008, 13.404954", or with a name "Location: Name, Address (52.520008, 13.404954)". */
    static String describe(Location place) {
        String coordinates = decimal(place.latitude()) + ", " + decimal(place.longitude());
        String title = SingleLine.clean(place.title());
        String address = SingleLine.clean(place.address());
        String name = title == null ? address : address == null ? title : title + ", " + address;
        return "Location: " + (name == null ? coordinates : name + " (" + coordinates + ")");
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

    // The shortest decimal that reads back as the same double, never exponent notation ("1.0E-5").
    private static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
