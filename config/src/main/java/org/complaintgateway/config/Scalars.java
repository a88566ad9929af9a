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
    static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    static final ValueType<String> LANGUAGE = text(LANGUAGE_CODE, "a language code such as en or pt-BR");
    static final ValueType<String> HOST = text(Pattern.compile("[A-Za-z0-9._:\\[\\]-]+"), "a host name or IP address");
    static final ValueType<Boolean> BOOLEAN = (node, cursor) -> {
        String text = cursor.scalar(node, "true or false");
        if (text != null && !text.equals("true") && !text.equals("false")) {
            cursor.expected(node, "true or false");
            return null;
        }
        return text == null ? null : Boolean.valueOf(text);
    };
    // a host name with at least one dot (RFC 1035 labels): a domain the internet can reach, not a single label
    private static final String DOTTED_DOMAIN =
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    static final ValueType<String> DOMAIN_NAME = text(Pattern.compile(DOTTED_DOMAIN),
            "a domain name such as example.com");
    // the dot-atom form of RFC 5322 with a dotted domain: what a mailbox we poll is called, no quoted local parts
    static final Pattern EMAIL_ADDRESS_FORM = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@" + DOTTED_DOMAIN);
    static final ValueType<String> EMAIL_ADDRESS = text(EMAIL_ADDRESS_FORM, "an e-mail address such as support@example.com");
    static final ValueType<List<String>> EMAIL_ADDRESSES = new ListValue<>(EMAIL_ADDRESS,
            "a list of e-mail addresses such as [support@example.com]", true);
    // RFC 9110 token characters
    static final ValueType<String> HEADER_NAME = text(Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+"), "an HTTP header name");
    // RFC 6901: empty (the whole document) or /-separated tokens with ~ escaped as ~0 and / as ~1; possessive, so a
    // long pointer does not recurse once per character. Only the syntax: config reads no JSON.
    static final ValueType<String> JSON_POINTER = text(Pattern.compile("(?:/(?:[^/~]|~[01])*+)*+"),
            "a JSON Pointer such as /review/author/name (RFC 6901: it starts with /, and ~ is written only as ~0 or ~1)");
    static final ValueType<String> MAIL_FOLDER = singleLine("a folder name (not empty, on one line)");
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

    /** Text that is not blank and holds no control character: a CR or LF there could forge a protocol line. */
    static ValueType<String> singleLine(String what) {
        return (node, cursor) -> {
            String text = cursor.scalar(node, what);
            if (text != null && text.chars().anyMatch(Character::isISOControl)) {
                cursor.fail(node, "expected " + what + ", got text with a line break or another control character");
                return null;
            }
            if (text != null && text.isBlank()) {
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
