package org.complaintgateway.mappings.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Checks JSON against the canonical complaint schema v1, which is loaded once from the classpath. */
public final class ComplaintSchema {

    /** Where the schema lives on the classpath; {@code docs/schema/} publishes an identical copy. */
    public static final String RESOURCE = "/schema/complaint-v1.schema.json";

    private static final JsonNode SCHEMA_NODE = read();
    private static final JsonSchema SCHEMA = compile(SCHEMA_NODE);

    private ComplaintSchema() {
    }

    /** Nothing when {@code json} is a valid complaint, else one "path: problem" line per violation, sorted. */
    public static List<String> validate(byte[] json) {
        JsonNode document;
        try {
            document = ComplaintJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("$: not valid JSON: " + JsonReadProblem.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (document == null || document.isMissingNode()) {
            return List.of("$: empty document");
        }
        return validate(document);
    }

    /** As {@link #validate(byte[])}, for a document already parsed (or built with {@link ComplaintJson#toTree}). */
    public static List<String> validate(JsonNode document) {
        return SCHEMA.validate(document).stream()
                .map(ValidationMessage::getMessage)
                .distinct()
                .sorted()
                .toList();
    }

    private static JsonNode read() {
        try (InputStream in = ComplaintSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the classpath: " + RESOURCE);
            }
            return ComplaintJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static JsonSchema compile(JsonNode schema) {
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012()).format(new EmailFormat()).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012, builder -> builder.metaSchema(metaSchema));
        // Draft 2020-12 treats "format" as a mere annotation unless told otherwise; ids, times and addresses must hold.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH)
                .build();
        return factory.getSchema(schema, config);
    }
}
