package org.complaintgateway.mappings.webform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.json.JsonReadProblem;

/**
 * Reads the body of the public web form API, {@code {name, email, phone?, subject, message, language?,
 * attachment?: {name, contentType, contentBase64}}}. Only a body that is not a JSON object is an exception; a field of
 * the wrong type or an unknown field is a {@link FieldError}, so the client learns about every problem at once.
 */
public final class WebformApiParser {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // Two values for one field would leave it open which one the customer meant.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> FIELDS = Set.of("name", "email", "phone", "subject", "message", "language", "attachment");
    private static final Set<String> ATTACHMENT_FIELDS = Set.of("name", "contentType", "contentBase64");
    // Clients that wrap base64 at 76 characters are common; whitespace is not part of the data.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private WebformApiParser() {
    }

    /**
     * The submission in {@code body} with the field-shape errors found; honeypot and render time are null.
     *
     * @throws WebformParseException when the body is empty, not JSON, or not a JSON object
     */
    public static ParsedSubmission parseApiJson(byte[] body) throws WebformParseException {
        JsonNode root = readObject(body);
        List<FieldError> errors = new ArrayList<>();
        reportUnknownFields(root, FIELDS, "", errors);
        WebformSubmission submission = new WebformSubmission(
                text(root, "", "name", errors),
                text(root, "", "email", errors),
                text(root, "", "phone", errors),
                text(root, "", "subject", errors),
                text(root, "", "message", errors),
                text(root, "", "language", errors),
                attachment(root.get("attachment"), errors),
                null,
                null);
        return new ParsedSubmission(submission, errors);
    }

    private static JsonNode readObject(byte[] body) throws WebformParseException {
        if (body == null || body.length == 0) {
            throw new WebformParseException("request body is empty; expected a JSON object");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new WebformParseException("request body is not valid JSON: " + JsonReadProblem.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new WebformParseException("request body is empty; expected a JSON object");
        }
        if (!root.isObject()) {
            throw new WebformParseException("request body must be a JSON object, not "
                    + root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return root;
    }

    private static void reportUnknownFields(JsonNode object, Set<String> known, String prefix, List<FieldError> errors) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(new FieldError(prefix + name, "unknown field"));
            }
        }
    }

    private static String text(JsonNode object, String prefix, String name, List<FieldError> errors) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(prefix + name, "must be a string"));
            return null;
        }
        return value.textValue();
    }

    private static UploadedFile attachment(JsonNode value, List<FieldError> errors) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            errors.add(new FieldError("attachment", "must be an object with name, contentType and contentBase64"));
            return null;
        }
        reportUnknownFields(value, ATTACHMENT_FIELDS, "attachment.", errors);
        return new UploadedFile(
                text(value, "attachment.", "name", errors),
                text(value, "attachment.", "contentType", errors),
                content(value, errors));
    }

    private static byte[] content(JsonNode attachment, List<FieldError> errors) {
        String field = "attachment.contentBase64";
        JsonNode value = attachment.get("contentBase64");
        if (value == null || value.isNull()) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        String encoded = text(attachment, "attachment.", "contentBase64", errors);
        if (encoded == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(WHITESPACE.matcher(encoded).replaceAll(""));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be valid base64"));
            return null;
        }
    }
}
