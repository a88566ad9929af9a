package org.complaintgateway.mappings.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.complaintgateway.mappings.ComplaintExamples;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.ReplyHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON codec of the canonical complaint: what it writes reads back equal; instants are ISO strings; null fields
 * are left out; unknown fields are tolerated on read, missing required ones are not.
 */
class ComplaintJsonTest {

    static List<ReplyHint> replyHints() {
        return ComplaintExamples.everyReplyHint();
    }

    @ParameterizedTest
    @MethodSource("replyHints")
    void fullComplaintSurvivesRoundTrip(ReplyHint hint) {
        Complaint complaint = ComplaintExamples.full(hint);

        assertThat(ComplaintJson.fromBytes(ComplaintJson.toBytes(complaint))).isEqualTo(complaint);
    }

    @Test
    void theTreeIsWrittenAsTheSameBytesAsTheRecordAndPassesTheSameSchemaCheck() {
        for (ReplyHint hint : List.of(new ReplyHint.Telegram("bot", "555000001", "7"),
                new ReplyHint.Webform("site-form", "ada@example.org", null))) {
            Complaint complaint = ComplaintExamples.full(hint);

            assertThat(ComplaintJson.toBytes(ComplaintJson.toTree(complaint))).isEqualTo(ComplaintJson.toBytes(complaint));
            assertThat(ComplaintSchema.validate(ComplaintJson.toTree(complaint)))
                    .isEqualTo(ComplaintSchema.validate(ComplaintJson.toBytes(complaint))).isEmpty();
        }
    }

    @Test
    void minimalComplaintSurvivesRoundTrip() {
        Complaint complaint = ComplaintExamples.minimal();

        assertThat(ComplaintJson.fromBytes(ComplaintJson.toBytes(complaint))).isEqualTo(complaint);
    }

    @Test
    void leavesOutLocationAndUserIdWhenMissing() {
        String json = ComplaintJson.toJson(ComplaintExamples.minimal());

        assertThat(json).doesNotContain("location", "userId");
    }

    @Test
    void writesLocationAsNumbersAndUserIdAsString() {
        String json = ComplaintJson.toJson(ComplaintExamples.full(new ReplyHint.Telegram("bot", "100000001", "42")));

        assertThat(json).contains("\"userId\":\"100000001\"")
                .endsWith("\"location\":{\"latitude\":52.520008,\"longitude\":13.404954,"
                        + "\"title\":\"Kettle Shop Mitte\",\"address\":\"Beispielstraße 1, 10115 Berlin\"}}");
    }

    @Test
    void writesInstantsAsIsoStrings() {
        String json = ComplaintJson.toJson(ComplaintExamples.minimal());

        assertThat(json).contains("\"receivedAt\":\"2026-03-02T10:15:30.123Z\"");
    }

    @Test
    void writesChannelTypeInLowerCase() {
        String json = ComplaintJson.toJson(ComplaintExamples.minimal());

        assertThat(json).contains("\"type\":\"telegram\"");
    }

    @Test
    void writesReplyHintWithChannelTypeDiscriminator() {
        String json = ComplaintJson.toJson(ComplaintExamples.full(new ReplyHint.Webform("site-form", "jane@example.com", null)));

        assertThat(json).contains("\"replyHint\":{\"channelType\":\"webform\",\"channelId\":\"site-form\",\"email\":\"jane@example.com\"}");
    }

    @Test
    void leavesOutNullFields() {
        String json = ComplaintJson.toJson(ComplaintExamples.minimal());

        assertThat(json).doesNotContain("null").doesNotContain("\"subject\"").doesNotContain("\"relations\"");
    }

    @Test
    void toJsonAndToBytesWriteTheSameDocument() {
        Complaint complaint = ComplaintExamples.full(new ReplyHint.Slack("slack", "C0123456789", "1.2"));

        assertThat(new String(ComplaintJson.toBytes(complaint), StandardCharsets.UTF_8)).isEqualTo(ComplaintJson.toJson(complaint));
    }

    @Test
    void ignoresUnknownFieldsOnRead() {
        String json = ComplaintJson.toJson(ComplaintExamples.minimal()).replaceFirst("\\{", "{\"addedInV1_1\":true,");

        assertThat(ComplaintJson.fromBytes(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(ComplaintExamples.minimal());
    }

    @Test
    void rejectsDocumentWithoutRequiredFieldNamingTheField() {
        String json = ComplaintJson.toJson(ComplaintExamples.minimal()).replace("\"text\":\"Hello\",", "");

        assertThatThrownBy(() -> ComplaintJson.fromBytes(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text");
    }

    @Test
    void rejectsMalformedJsonWithoutQuotingIt() {
        byte[] json = "{\"customer\": Jane".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ComplaintJson.fromBytes(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed JSON at line 1")
                .hasMessageNotContaining("Jane");
    }
}
