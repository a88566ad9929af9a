package org.complaintgateway.routes.webform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language a page is shown in: the explicit {@code ?lang=} switch first, then the browser's
 * {@code Accept-Language} (RFC 4647 lookup), then the channel default; with its message bundle.
 */
record PageLanguage(String tag, ResourceBundle bundle) {

    static PageLanguage choose(String requested, String acceptLanguage, List<String> offered, String fallback) {
        String tag = fallback;
        if (requested != null && offered.contains(requested.toLowerCase(Locale.ROOT))) {
            tag = requested.toLowerCase(Locale.ROOT);
        } else if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), offered);
                if (match != null) {
                    tag = match;
                }
            } catch (IllegalArgumentException malformedHeader) {
                // an unreadable Accept-Language is no reason to refuse the page: use the default
            }
        }
        return new PageLanguage(tag, ResourceBundle.getBundle("webform.messages", Locale.forLanguageTag(tag)));
    }

    String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(tag)).format(args);
    }
}
