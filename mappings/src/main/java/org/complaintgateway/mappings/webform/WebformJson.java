package org.complaintgateway.mappings.webform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.complaintgateway.mappings.json.JsonReadProblem;

/** The journal format of a web form submission: JSON, attachment content as base64. */
public final class WebformJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // A journal written by a newer gateway must still replay on this one.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private WebformJson() {
    }

    /** The submission as UTF-8 JSON bytes, ready for the journal. */
    public static byte[] toBytes(WebformSubmission submission) {
        try {
            return MAPPER.writeValueAsBytes(submission);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a web form submission could not be written as JSON", e);
        }
    }

    /**
     * Reads journal bytes written by {@link #toBytes}.
     *
     * @throws IllegalArgumentException when the bytes are not a submission; the message names position and field only
     */
    public static WebformSubmission fromBytes(byte[] json) {
        if (json == null || json.length == 0) {
            throw new IllegalArgumentException("empty payload");
        }
        try {
            WebformSubmission submission = MAPPER.readValue(json, WebformSubmission.class);
            if (submission == null) {
                throw new IllegalArgumentException("JSON null instead of a submission");
            }
            return submission;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(JsonReadProblem.describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
