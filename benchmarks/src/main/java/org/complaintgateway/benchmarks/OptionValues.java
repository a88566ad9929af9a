package org.complaintgateway.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How benchmark options are written on the command line: {@code --name value} pairs, durations and shares. */
final class OptionValues {

    private OptionValues() {
    }

    /** The {@code --name value} pairs in their order. @throws IllegalArgumentException for a name without a value */
    static List<Map.Entry<String, String>> pairs(String... args) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            pairs.add(Map.entry(args[i], args[i + 1]));
        }
        return pairs;
    }

    /** {@code 500ms}, {@code 20s}, {@code 1.5s}, {@code 2m}, or bare seconds. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        } else if (t.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
        } else if (t.endsWith("m")) {
            return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
        }
        return Duration.ofSeconds(Long.parseLong(t));
    }

    /** A share of a whole: {@code 0.05} or {@code 5%}. */
    static double share(String text) {
        String t = text.trim();
        return t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
    }
}
