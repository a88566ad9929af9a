package org.complaintgateway.mappings.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.complaintgateway.mappings.model.Complaint;

/** The one JSON form of a canonical complaint: ISO-8601 instants, null fields left out, unknown fields tolerated on read. */
public final class ComplaintJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // A consumer built against a later minor version of the schema may still read what it understands.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ComplaintJson() {
    }


    /** The complaint as UTF-8 JSON bytes. */
    public static byte[] toBytes(Complaint complaint) {
        try {
            return MAPPER.writeValueAsBytes(complaint);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a complaint record could not be written as JSON", e);
        }
    }

    /** The complaint as a JSON tree: what {@link #toBytes(Complaint)} writes, before it is written. */
    public static JsonNode toTree(Complaint complaint) {
        return MAPPER.valueToTree(complaint);
    }

    /** A tree of {@link #toTree} as UTF-8 JSON bytes: the same bytes {@link #toBytes(Complaint)} gives. */
    public static byte[] toBytes(JsonNode complaint) {
        try {
            return MAPPER.writeValueAsBytes(complaint);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a complaint tree could not be written as JSON", e);
        }
    }

    /** The complaint as a JSON string. */
    public static String toJson(Complaint complaint) {
        try {
            return MAPPER.writeValueAsString(complaint);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a complaint record could not be written as JSON", e);
        }
    }

    /**
     * Reads a complaint written by {@link #toBytes}.
     *
     * @throws IllegalArgumentException when the bytes are not JSON or lack a required field
     */
    public static Complaint fromBytes(byte[] json) {
        try {
            Complaint complaint = MAPPER.readValue(json, Complaint.class);
            if (complaint == null) {
                throw new IllegalArgumentException("not a canonical complaint: JSON null");
            }
            return complaint;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a canonical complaint: " + JsonReadProblem.describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The configured mapper, shared: for JSON trees, and for documents that embed parts of a complaint (a reply hint,
     * attachments). Never reconfigure it; {@code copy()} it for that.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
