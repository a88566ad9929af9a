package org.complaintgateway.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A positive duration: {@code 500ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 30d} or ISO-8601
 * {@code PT10S}; where zero means "off" ({@link #orZero()}), {@code 0s} too.
 */
final class DurationValue implements ValueType<Duration> {
    static final String FORMS = "a positive duration such as 500ms, 10s, 5m, 2h, 30d or PT10S";
    static final String FORMS_OR_ZERO = "a duration such as 0s (off), 500ms, 10s, 5m, 2h, 30d or PT10S";
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
    private static final Map<String, ChronoUnit> UNITS = Map.of(
            "ms", ChronoUnit.MILLIS, "s", ChronoUnit.SECONDS, "m", ChronoUnit.MINUTES,
            "h", ChronoUnit.HOURS, "d", ChronoUnit.DAYS);

    private final boolean zeroAllowed;

    DurationValue() {
        this(false);
    }

    private DurationValue(boolean zeroAllowed) {
        this.zeroAllowed = zeroAllowed;
    }

    static DurationValue orZero() {
        return new DurationValue(true);
    }

    @Override
    public Duration read(Node node, Cursor cursor) {
        String forms = zeroAllowed ? FORMS_OR_ZERO : FORMS;
        String text = cursor.scalar(node, forms);
        if (text == null) {
            return null;
        }
        Duration duration = parse(text);
        if (duration == null || duration.isNegative() || (duration.isZero() && !zeroAllowed)) {
            cursor.expected(node, forms);
            return null;
        }
        return duration;
    }

    private static Duration parse(String text) {
        Matcher shortForm = SHORT.matcher(text);
        if (shortForm.matches()) {
            return Duration.of(Long.parseLong(shortForm.group(1)), UNITS.get(shortForm.group(2)));
        }
        if (!text.startsWith("P")) {
            return null; // Duration.parse also takes a lower-case "p" and signs; keep one spelling
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
