package org.complaintgateway.mappings.email;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.stream.Field;
import org.complaintgateway.mappings.text.HtmlSanitizer;
import org.complaintgateway.mappings.text.HtmlToText;
import org.complaintgateway.mappings.text.SingleLine;

/** Reads a parsed mail into an {@link InboundMail}: headers decoded, body chosen and split, files collected. */
final class MailReader {

    static final String CHARSET_REPLACED = "charsetReplaced";
    static final String HTML_CONVERTED = "htmlConverted";

    // Dates outside this range are typos or forgeries; the schema's date-time also needs a four-digit year.
    private static final Instant EARLIEST_DATE = Instant.parse("1980-01-01T00:00:00Z");
    private static final Instant LATEST_DATE = Instant.parse("9999-12-31T23:59:59Z");

    private MailReader() {
    }

    static InboundMail read(Message message, EmailMappingSettings settings) throws IOException {
        MailHeaders headers = MailHeaders.of(message.getHeader());
        List<String> flags = new ArrayList<>();
        DecodedText subject = EncodedWords.decode(headers.first("Subject"));
        MimeContent content = MimeWalker.walk(message, settings.maxNestingDepth());
        if (subject.replaced() || content.charsetReplaced()) {
            flags.add(CHARSET_REPLACED);
        }
        boolean fromHtml = content.plainParts().isEmpty() && !content.htmlParts().isEmpty();
        if (fromHtml) {
            flags.add(HTML_CONVERTED);
        }
        String text = fromHtml
                ? HtmlToText.toPlainText(String.join("\n", content.htmlParts()))
                : String.join("\n", content.plainParts());
        String html = settings.keepHtml() && !content.htmlParts().isEmpty()
                ? emptyToNull(BodyText.clean(HtmlSanitizer.sanitize(String.join("\n", content.htmlParts()))))
                : null;
        return new InboundMail(
                headers,
                MessageIds.first(headers.first("Message-ID")),
                MessageIds.parse(headers.first("In-Reply-To")),
                MessageIds.parse(headers.first("References")),
                MailAddress.parseFirst(headers.first("From")),
                MailAddress.parseList(headers.first("Reply-To")),
                addresses(headers, "To"),
                addresses(headers, "Cc"),
                SingleLine.clean(subject.text()),
                date(message),
                message.getMimeType() == null ? null : message.getMimeType().toLowerCase(Locale.ROOT),
                reportType(message),
                QuoteSplitter.split(BodyText.clean(text)),
                html,
                content,
                flags);
    }

    /** Every mailbox of every field called {@code name} (a mail may repeat To or Cc). */
    static List<MailAddress> addresses(MailHeaders headers, String name) {
        return headers.all(name).stream().flatMap(value -> MailAddress.parseList(value).stream()).toList();
    }

    private static Instant date(Message message) {
        Date date;
        try {
            date = message.getDate();
        } catch (RuntimeException e) {
            // The lenient date parser still throws on some garbage (e.g. numbers out of range).
            return null;
        }
        if (date == null) {
            return null;
        }
        Instant instant = date.toInstant();
        return instant.isBefore(EARLIEST_DATE) || instant.isAfter(LATEST_DATE) ? null : instant;
    }

    private static String reportType(Message message) {
        Field field = message.getHeader() == null ? null : message.getHeader().getField("Content-Type");
        return field instanceof ContentTypeField contentType ? contentType.getParameter("report-type") : null;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
