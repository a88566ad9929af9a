package org.complaintgateway.mappings.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.complaintgateway.mappings.Fixtures;
import org.junit.jupiter.api.Test;

/** The schema published for CRM developers in docs/schema/ is byte for byte the one the gateway validates with. */
class PublishedSchemaTest {

    @Test
    void copyInDocsIsIdenticalToTheClasspathSchema() throws IOException {
        Path published = Fixtures.repositoryFile("docs/schema/complaint-v1.schema.json");

        assertThat(published).exists();
        assertThat(Files.readAllBytes(published))
                .as("docs/schema/complaint-v1.schema.json must be a copy of mappings/src/main/resources/schema/complaint-v1.schema.json")
                .isEqualTo(Fixtures.bytes("schema/complaint-v1.schema.json"));
    }
}
