package org.complaintgateway.routes.webform;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.webform.FieldError;

/**
 * Words a field error in the page's language. The validator words its errors in English for the
 * JSON API; the form recognises them here (a test keeps the two in step) and falls back to the
 * English text for anything it does not know.
 */
final class FieldErrorText {

    private record Known(Pattern english, String key) {}

    private static final List<Known> KNOWN = List.of(
            new Known(Pattern.compile("required"), "error.required"),
            new Known(Pattern.compile("must be at most (\\d+) characters"), "error.tooLong"),
            new Known(Pattern.compile("must be a valid e-mail address"), "error.email"),
            new Known(Pattern.compile("must be a phone number.*"), "error.phone"),
            new Known(Pattern.compile("must be at most (\\d+) bytes"), "error.tooLarge"));

    private FieldErrorText() {
    }

    static String of(FieldError error, PageLanguage lang) {
        for (Known known : KNOWN) {
            Matcher match = known.english().matcher(error.message());
            if (match.matches()) {
                return match.groupCount() == 0 ? lang.text(known.key()) : lang.text(known.key(), match.group(1));
            }
        }
        return error.message();
    }
}
