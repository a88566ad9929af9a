package org.complaintgateway.routes.webform;

import jakarta.activation.DataHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.attachment.AttachmentMessage;
import org.complaintgateway.mappings.webform.FieldError;
import org.complaintgateway.mappings.webform.ParsedSubmission;
import org.complaintgateway.mappings.webform.UploadedFile;
import org.complaintgateway.mappings.webform.WebformApiParser;
import org.complaintgateway.mappings.webform.WebformParseException;
import org.complaintgateway.mappings.webform.WebformSubmission;

/**
 * Reads a submission from the HTTP request: a JSON body (the API) or a form, url-encoded or
 * multipart with an optional file (the HTML form). platform-http puts form fields among the headers,
 * after the HTTP headers: where a name is both, the last value is the form's.
 */
final class SubmissionReader {

    static final String HONEYPOT_FIELD = "website";
    static final String RENDERED_AT_FIELD = "renderedAt";
    static final String ATTACHMENT_FIELD = "attachment";

    /** A submission, or why there is none. */
    sealed interface Read {
        /** Read; {@code fieldErrors} are fields of the wrong JSON type or unknown, found while reading. */
        record Ok(WebformSubmission submission, List<FieldError> fieldErrors) implements Read {}

        record Failed(IntakeResult result) implements Read {}
    }

    private SubmissionReader() {
    }

    /**
     * Reads the request of one channel. {@code fromFormPage}: posted by our HTML form, which always sends
     * the time it was rendered; a post without a readable one is taken for a bot's.
     */
    static Read read(Exchange exchange, long maxBodyBytes, boolean fromFormPage) {
        Message in = exchange.getIn();
        String contentType = mediaType(in.getHeader(Exchange.CONTENT_TYPE, String.class));
        if (contentType.equals("application/json")) {
            byte[] body = in.getBody(byte[].class);
            if (body != null && body.length > maxBodyBytes) {
                // a chunked body has no Content-Length to refuse it by before it is read
                return new Read.Failed(new IntakeResult.TooLarge(maxBodyBytes));
            }
            try {
                ParsedSubmission parsed = WebformApiParser.parseApiJson(body);
                return new Read.Ok(parsed.submission(), parsed.errors());
            } catch (WebformParseException e) {
                return new Read.Failed(new IntakeResult.Malformed(e.getMessage()));
            }
        }
        if (contentType.equals("application/x-www-form-urlencoded") || contentType.equals("multipart/form-data")) {
            return new Read.Ok(fromForm(exchange, fromFormPage), List.of());
        }
        return new Read.Failed(new IntakeResult.UnsupportedType(contentType.isEmpty() ? "none" : contentType));
    }

    private static WebformSubmission fromForm(Exchange exchange, boolean fromFormPage) {
        Message form = exchange.getIn();
        return new WebformSubmission(field(form, "name"), field(form, "email"), field(form, "phone"),
                field(form, "subject"), field(form, "message"), field(form, "language"), upload(exchange),
                field(form, HONEYPOT_FIELD), fromFormPage ? renderedAt(field(form, RENDERED_AT_FIELD)) : null);
    }

    /** A form field (or query parameter) by name, the last value where there are several. */
    static String field(Message form, String name) {
        Object value = form.getHeader(name);
        if (value instanceof List<?> values) {
            value = values.isEmpty() ? null : values.get(values.size() - 1);
        }
        return value == null ? null : value.toString();
    }

    private static UploadedFile upload(Exchange exchange) {
        AttachmentMessage attachments = exchange.getMessage(AttachmentMessage.class);
        if (!attachments.hasAttachments()) {
            return null;
        }
        Map<String, DataHandler> all = attachments.getAttachments();
        DataHandler file = all.get(ATTACHMENT_FIELD);
        if (file == null || file.getName() == null || file.getName().isBlank()) {
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            byte[] bytes = content.readAllBytes();
            return bytes.length == 0 ? null : new UploadedFile(file.getName(), file.getContentType(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    /** A missing or unreadable render time reads as "rendered in the future": filled in no time, as only a bot does. */
    private static Long renderedAt(String value) {
        try {
            return value == null ? Long.MAX_VALUE : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
