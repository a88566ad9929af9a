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

/** The examples in docs/complaint.md (e-mail, Telegram) are real complaints: they validate against the schema and read as records. */
class DocumentedExampleTest {

    // The first ```json block after the "Full example" heading.
    private static final Pattern FULL_EXAMPLE = Pattern.compile("## Full example.*?```json\\n(.*?)```", Pattern.DOTALL);
    // The ```json block after "A complaint from Telegram" in the same section.
    private static final Pattern TELEGRAM_EXAMPLE =
            Pattern.compile("## Full example.*?A complaint from Telegram.*?```json\\n(.*?)```", Pattern.DOTALL);

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

    @Test
    void telegramExampleValidatesAgainstTheSchema() throws IOException {
        assertThat(ComplaintSchema.validate(example(TELEGRAM_EXAMPLE, "A complaint from Telegram"))).isEmpty();
    }

    @Test
    void telegramExampleReadsBackToTheSameJson() throws IOException {
        byte[] example = example(TELEGRAM_EXAMPLE, "A complaint from Telegram");
        Complaint complaint = ComplaintJson.fromBytes(example);

        assertThat(ComplaintJson.mapper().readTree(ComplaintJson.toBytes(complaint)))
                .isEqualTo(ComplaintJson.mapper().readTree(example));
    }

    private static byte[] fullExample() throws IOException {
        return example(FULL_EXAMPLE, "## Full example");
    }

    private static byte[] example(Pattern block, String after) throws IOException {
        String doc = Files.readString(Fixtures.repositoryFile("docs/complaint.md"), StandardCharsets.UTF_8);
        Matcher matcher = block.matcher(doc);
        assertThat(matcher.find()).as("docs/complaint.md has a ```json block after \"" + after + "\"").isTrue();
        return matcher.group(1).getBytes(StandardCharsets.UTF_8);
    }
}
