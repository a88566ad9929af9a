package org.complaintgateway.mappings.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.stream.Collectors;

/**
 * Describes why JSON could not be read by position and field path only. Jackson's own messages may quote the
 * offending token, which can be a customer's name or words, and these descriptions end up in ledgers and logs.
 */
public final class JsonReadProblem {

    private JsonReadProblem() {
    }

    /** E.g. "malformed JSON at line 1, column 17" or "unexpected value for attachment.content at line 3, column 5". */
    public static String describe(JsonProcessingException e) {
        String where = position(e.getLocation());
        // Databind wraps a syntax error met while reading a field value, e.g. a string cut off by the end of input.
        if (e instanceof StreamReadException || e.getCause() instanceof StreamReadException) {
            return "malformed JSON" + where;
        }
        if (e instanceof ValueInstantiationException creation && creation.getCause() instanceof NullPointerException missing) {
            // Records reject a missing required component with requireNonNull(value, "componentName").
            return "missing required field " + missing.getMessage() + " of " + creation.getType().getRawClass().getSimpleName();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "unexpected value for " + path(mapping) + where;
        }
        return "unexpected JSON structure" + where;
    }

    private static String position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
