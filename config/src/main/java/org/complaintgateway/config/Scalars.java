package org.complaintgateway.config;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The catalogue of single-value types config keys use; each one knows its accepted forms and its error. */
final class Scalars {
    static final ValueType<Integer> PORT = wholeNumber(1, 65_535, "a port from 1 to 65535");
    static final ValueType<Duration> DURATION = new DurationValue();
    static final ValueType<Duration> DURATION_OR_ZERO = DurationValue.orZero();
    static final ValueType<Long> SIZE = new SizeValue();
    static final ValueType<URI> HTTP_URL = new HttpUrlValue();
    static final ValueType<String> JDBC_URL = new JdbcUrlValue();
    static final ValueType<Secret> SECRET = (node, cursor) -> cursor.secrets().read(node, cursor);
    static final ValueType<String> URL_PATH = text(Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*"),
            "a URL path starting with '/'");
    static final ValueType<String> LANGUAGE = text(Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"),
            "a language code such as en or pt-BR");
    static final ValueType<Path> PATH = (node, cursor) -> {
        String text = cursor.scalar(node, "a file system path");
        if (text == null) {
            return null;
        }
        try {
            if (!text.isBlank()) {
                return Path.of(text);
            }
        } catch (InvalidPathException e) {
            // reported below, like a blank path
        }
        cursor.expected(node, "a file system path");
        return null;
    };

    private Scalars() {
    }

    /** Text matching the whole pattern; {@code what} says in words what the pattern allows. */
    static ValueType<String> text(Pattern pattern, String what) {
        return (node, cursor) -> {
            String text = cursor.scalar(node, what);
            if (text != null && !pattern.matcher(text).matches()) {
                cursor.expected(node, what);
                return null;
            }
            return text;
        };
    }

    static ValueType<Integer> wholeNumber(int min, int max) {
        return wholeNumber(min, max, "a whole number from " + min + " to " + max);
    }

    private static ValueType<Integer> wholeNumber(int min, int max, String what) {
        Pattern digits = Pattern.compile("-?\\d{1,10}");
        return (node, cursor) -> {
            String text = cursor.scalar(node, what);
            if (text == null) {
                return null;
            }
            long number = digits.matcher(text).matches() ? Long.parseLong(text) : Long.MIN_VALUE;
            if (number < min || number > max) {
                cursor.expected(node, what);
                return null;
            }
            return (int) number;
        };
    }

    /** One of the enum's constants, written in lower case. */
    static <E extends Enum<E>> ValueType<E> oneOf(Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                .toList();
        String what = "one of " + String.join(", ", names);
        return (node, cursor) -> {
            String text = cursor.scalar(node, what);
            if (text != null && !names.contains(text)) {
                cursor.expected(node, what);
                return null;
            }
            return text == null ? null : Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        };
    }

    /** A list of at least one item, each read by {@code item}; {@code what} names the whole list. */
    static <T> ValueType<List<T>> nonEmptyListOf(ValueType<T> item, String what) {
        return new ListValue<>(item, what);
    }
}
