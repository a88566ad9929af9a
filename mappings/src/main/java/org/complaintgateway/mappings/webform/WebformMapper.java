package org.complaintgateway.mappings.webform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.ReplyHint;

/**
 * Turns a journaled web form submission into a canonical complaint: bots (honeypot filled in, form sent faster than a
 * person can type) are ignored, unreadable or invalid payloads quarantined. Pure: same input, same result.
 */
public final class WebformMapper {

    private static final String HTML_CONVERTED = "htmlConverted";
    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private WebformMapper() {
    }

    /** Maps {@code raw}, the bytes of {@link WebformJson#toBytes}, received on channel {@code channelId}. */
    public static MappingResult map(byte[] raw, Identity identity, String channelId, Duration minFillTime) {
        WebformSubmission submitted;
        try {
            submitted = WebformJson.fromBytes(raw);
        } catch (IllegalArgumentException e) {
            return new MappingResult.Quarantined("unreadable web form payload: " + e.getMessage());
        }
        if (submitted.honeypot() != null && !submitted.honeypot().isBlank()) {
            return new MappingResult.Ignored("honeypot");
        }
        if (submitted.formRenderedAtMillis() != null && !minFillTime.isZero()) {
            long filledInMillis = identity.receivedAt().toEpochMilli() - submitted.formRenderedAtMillis();
            if (filledInMillis < 0) {
                // our form always sends when it was rendered: a post without a believable one did not come from it
                return new MappingResult.Ignored("honeypot: the form's render time is missing or in the future");
            }
            if (filledInMillis < minFillTime.toMillis()) {
                return new MappingResult.Ignored("honeypot: form filled in " + seconds(filledInMillis)
                        + " s, minimum " + seconds(minFillTime.toMillis()) + " s");
            }
        }
        WebformSubmission clean = WebformSanitizer.sanitize(submitted);
        // The size limit was enforced when the form was accepted; here only what cannot become a complaint counts.
        List<FieldError> errors = WebformValidator.validate(clean, Long.MAX_VALUE);
        if (!errors.isEmpty()) {
            return new MappingResult.Quarantined("invalid web form submission: " + describe(errors));
        }
        List<String> flags = WebformSanitizer.convertsHtml(submitted) ? List.of(HTML_CONVERTED) : List.of();
        return new MappingResult.Mapped(complaint(clean, identity, channelId, flags));
    }

    private static Complaint complaint(WebformSubmission s, Identity identity, String channelId, List<String> flags) {
        String language = s.language() == null ? null : s.language().toLowerCase(Locale.ROOT);
        return new Complaint(
                Complaint.SCHEMA_VERSION,
                identity.complaintId(),
                identity.protocolNumber(),
                identity.receivedAt(),
                new ChannelRef(ChannelType.WEBFORM, channelId, identity.complaintId(), null),
                new Customer(s.name(), s.email(), s.phone(), null, language),
                s.subject(),
                s.message(),
                null,
                null,
                language,
                s.attachment() == null ? List.of() : List.of(attachment(s.attachment())),
                null,
                new ReplyHint.Webform(channelId, s.email(), s.phone()),
                null,
                flags);
    }

    private static Attachment attachment(UploadedFile file) {
        byte[] content = file.content();
        String contentType = file.contentType() == null ? DEFAULT_CONTENT_TYPE : file.contentType();
        return Attachment.inline(file.name(), contentType, content);
    }

    /** "1.2" for 1234 ms, "3" for 3000 ms: one decimal at most, none when whole. */
    private static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).setScale(1, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
    }

    // Field names and rules only: the values are the customer's personal data.
    private static String describe(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; "));
    }
}
