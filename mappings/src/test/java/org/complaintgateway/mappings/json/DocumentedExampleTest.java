package org.complaintgateway.mappings.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.Fixtures;
import org.complaintgateway.mappings.model.Complaint;
import org.junit.jupiter.api.Test;

/** The full example in docs/complaint.md is a real complaint: it validates against the schema and reads as a record. */
class DocumentedExampleTest {

    // The first ```json block after the "Full example" heading.
    private static final Pattern FULL_EXAMPLE = Pattern.compile("## Full example.*?```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void fullExampleValidatesAgainstTheSchema() throws IOException {
        assertThat(ComplaintSchema.validate(fullExample())).isEmpty();
    }

    @Test
    void fullExampleReadsBackToTheSameJson() throws IOException {
        Complaint complaint = ComplaintJson.fromBytes(fullExample());

        assertThat(ComplaintJson.mapper().readTree(ComplaintJson.toBytes(complaint)))
                .isEqualTo(ComplaintJson.mapper().readTree(fullExample()));
    }

    private static byte[] fullExample() throws IOException {
        String doc = Files.readString(Fixtures.repositoryFile("docs/complaint.md"), StandardCharsets.UTF_8);
        Matcher matcher = FULL_EXAMPLE.matcher(doc);
        assertThat(matcher.find()).as("docs/complaint.md has a ```json block under \"## Full example\"").isTrue();
        return matcher.group(1).getBytes(StandardCharsets.UTF_8);
    }
}
