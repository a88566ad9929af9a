package org.complaintgateway.routes.webform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complaintgateway.mappings.webform.FieldError;
import org.complaintgateway.mappings.webform.WebformSubmission;

/**
 * The HTML pages of the web channel: the form, the confirmation with the protocol number, and the
 * refusal page. Plain HTML that works without JavaScript; every input has a label, errors are tied
 * to their input with aria-describedby and summarised in an alert region.
 */
final class FormPage {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
            label{display:block;margin-top:1rem;font-weight:600}
            input,textarea{width:100%;padding:.5rem;font:inherit;box-sizing:border-box}
            textarea{min-height:10rem}
            .error{color:#a00000}
            [aria-invalid=true]{border:2px solid #a00000}
            .hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
            button{margin-top:1.5rem;padding:.6rem 1.2rem;font:inherit}
            .protocol{font-size:1.6rem;font-weight:700;letter-spacing:.05em}
            nav{text-align:right}
            """;

    private FormPage() {
    }

    static String form(PageLanguage lang, String path, List<String> offered, WebformSubmission values,
                       List<FieldError> errors, long renderedAtMillis) {
        Map<String, String> errorByField = errors.stream()
                .collect(Collectors.toMap(FieldError::field, e -> FieldErrorText.of(e, lang), (a, b) -> a));
        Function<String, String> value = field -> values == null ? "" : Html.escape(valueOf(values, field));
        StringBuilder html = start(lang, lang.text("page.title"));
        html.append(languageSwitch(lang, path, offered));
        html.append("<h1>").append(Html.escape(lang.text("page.title"))).append("</h1>\n");
        html.append("<p>").append(Html.escape(lang.text("page.intro"))).append("</p>\n");
        if (!errors.isEmpty()) {
            html.append("<div role=\"alert\" class=\"error\"><p>").append(Html.escape(lang.text("errors.title")))
                    .append("</p><ul>");
            for (FieldError error : errors) {
                html.append("<li><a href=\"#").append(Html.escape(error.field())).append("\">")
                        .append(Html.escape(lang.text("errors.field", label(lang, error.field()), FieldErrorText.of(error, lang))))
                        .append("</a></li>");
            }
            html.append("</ul></div>\n");
        }
        html.append("<form method=\"post\" action=\"").append(Html.escape(path))
                .append("\" enctype=\"multipart/form-data\" accept-charset=\"UTF-8\">\n");
        html.append("<input type=\"hidden\" name=\"language\" value=\"").append(lang.tag()).append("\">\n");
        html.append("<input type=\"hidden\" name=\"").append(SubmissionReader.RENDERED_AT_FIELD).append("\" value=\"")
                .append(renderedAtMillis).append("\">\n");
        html.append(input(lang, "name", "text", "name", true, value.apply("name"), errorByField));
        html.append(input(lang, "email", "email", "email", true, value.apply("email"), errorByField));
        html.append(input(lang, "phone", "tel", "tel", false, value.apply("phone"), errorByField));
        html.append(input(lang, "subject", "text", "off", true, value.apply("subject"), errorByField));
        html.append(label(lang, "message", true, errorByField))
                .append("<textarea id=\"message\" name=\"message\" required").append(invalid("message", errorByField))
                .append(">").append(value.apply("message")).append("</textarea>\n")
                .append(errorText("message", errorByField));
        html.append(label(lang, "attachment", false, errorByField))
                .append("<input id=\"attachment\" name=\"").append(SubmissionReader.ATTACHMENT_FIELD)
                .append("\" type=\"file\"").append(invalid("attachment", errorByField)).append(">\n")
                .append(errorText("attachment", errorByField));
        html.append("<div class=\"hp\" aria-hidden=\"true\"><label for=\"website\">")
                .append(Html.escape(lang.text("field.honeypot"))).append("</label><input id=\"website\" name=\"")
                .append(SubmissionReader.HONEYPOT_FIELD).append("\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"></div>\n");
        html.append("<button type=\"submit\">").append(Html.escape(lang.text("action.submit"))).append("</button>\n");
        html.append("</form>\n");
        return end(html);
    }

    static String confirmation(PageLanguage lang, String path, String protocolNumber) {
        StringBuilder html = start(lang, lang.text("thanks.title"));
        html.append("<h1>").append(Html.escape(lang.text("thanks.title"))).append("</h1>\n");
        html.append("<p>").append(Html.escape(lang.text("thanks.text"))).append("</p>\n");
        html.append("<p>").append(Html.escape(lang.text("thanks.protocol"))).append(":</p>\n");
        html.append("<p class=\"protocol\" id=\"protocol-number\">").append(Html.escape(protocolNumber)).append("</p>\n");
        html.append("<p>").append(Html.escape(lang.text("thanks.keep"))).append("</p>\n");
        html.append("<p><a href=\"").append(Html.escape(path)).append("?lang=").append(lang.tag()).append("\">")
                .append(Html.escape(lang.text("thanks.another"))).append("</a></p>\n");
        return end(html);
    }

    static String refused(PageLanguage lang, String path, int status, long retryAfterSeconds) {
        StringBuilder html = start(lang, lang.text("refused.title"));
        html.append("<h1>").append(Html.escape(lang.text("refused.title"))).append("</h1>\n");
        html.append("<p role=\"alert\">").append(Html.escape(lang.text("refused." + status, retryAfterSeconds))).append("</p>\n");
        html.append("<p><a href=\"").append(Html.escape(path)).append("?lang=").append(lang.tag()).append("\">")
                .append(Html.escape(lang.text("refused.back"))).append("</a></p>\n");
        return end(html);
    }

    private static StringBuilder start(PageLanguage lang, String title) {
        return new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
    }

    private static String end(StringBuilder html) {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String languageSwitch(PageLanguage lang, String path, List<String> offered) {
        StringBuilder nav = new StringBuilder("<nav aria-label=\"Language\">");
        for (String other : offered) {
            if (!other.equals(lang.tag())) {
                nav.append("<a href=\"").append(Html.escape(path)).append("?lang=").append(other).append("\" hreflang=\"")
                        .append(other).append("\" lang=\"").append(other).append("\">")
                        .append(Html.escape(languageName(other))).append("</a> ");
            }
        }
        return nav.append("</nav>\n").toString();
    }

    /** The language's own name for itself ("Italiano"), so a reader who needs the switch can find it. */
    private static String languageName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static String input(PageLanguage lang, String field, String type, String autocomplete, boolean required,
                                String value, Map<String, String> errors) {
        return label(lang, field, required, errors)
                + "<input id=\"" + field + "\" name=\"" + field + "\" type=\"" + type + "\" autocomplete=\"" + autocomplete
                + "\" value=\"" + value + "\"" + (required ? " required" : "") + invalid(field, errors) + ">\n"
                + errorText(field, errors);
    }

    private static String label(PageLanguage lang, String field, boolean required, Map<String, String> errors) {
        return "<label for=\"" + field + "\">" + Html.escape(label(lang, field))
                + (required ? "" : " <span>" + Html.escape(lang.text("field.optional")) + "</span>") + "</label>\n";
    }

    private static String label(PageLanguage lang, String field) {
        String key = "field." + field;
        return lang.bundle().containsKey(key) ? lang.text(key) : field;
    }

    private static String invalid(String field, Map<String, String> errors) {
        return errors.containsKey(field) ? " aria-invalid=\"true\" aria-describedby=\"" + field + "-error\"" : "";
    }

    private static String errorText(String field, Map<String, String> errors) {
        String message = errors.get(field);
        return message == null ? "" : "<p class=\"error\" id=\"" + field + "-error\">" + Html.escape(message) + "</p>\n";
    }

    private static String valueOf(WebformSubmission s, String field) {
        return switch (field) {
            case "name" -> s.name();
            case "email" -> s.email();
            case "phone" -> s.phone();
            case "subject" -> s.subject();
            case "message" -> s.message();
            default -> "";
        };
    }
}
