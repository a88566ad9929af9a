package org.complaintgateway.mappings.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintgateway.mappings.ComplaintExamples;
import org.complaintgateway.mappings.Fixtures;
import org.complaintgateway.mappings.model.ReplyHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical complaint schema accepts everything {@link ComplaintJson} writes for a valid complaint and rejects
 * documents that break the contract, each violation reported with its JSON path.
 */
class ComplaintSchemaTest {

    static List<ReplyHint> replyHints() {
        return ComplaintExamples.everyReplyHint();
    }

    @ParameterizedTest
    @MethodSource("replyHints")
    void acceptsFullComplaintWithEveryReplyHintVariant(ReplyHint hint) {
        assertThat(ComplaintSchema.validate(ComplaintJson.toBytes(ComplaintExamples.full(hint)))).isEmpty();
    }

    @Test
    void acceptsMinimalComplaint() {
        assertThat(ComplaintSchema.validate(ComplaintJson.toBytes(ComplaintExamples.minimal()))).isEmpty();
    }

    @Test
    void rejectsMissingRequiredField() {
        ObjectNode complaint = minimalTree();
        complaint.remove("text");

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$: ").contains("text");
    }

    @Test
    void rejectsBadProtocolNumber() {
        ObjectNode complaint = minimalTree();
        complaint.put("protocolNumber", "rc-26-42");

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$.protocolNumber: ");
    }

    @Test
    void rejectsUnknownProperty() {
        ObjectNode complaint = minimalTree();
        complaint.put("priority", "high");

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$: ").contains("priority");
    }

    @Test
    void rejectsUnknownPropertyInsideNestedObject() {
        ObjectNode complaint = minimalTree();
        ((ObjectNode) complaint.get("customer")).put("age", 42);

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$.customer: ").contains("age");
    }

    @Test
    void rejectsIdThatIsNotUuid() {
        ObjectNode complaint = minimalTree();
        complaint.put("id", "42");

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$.id: ").contains("uuid");
    }

    @Test
    void rejectsReceivedAtThatIsNotDateTime() {
        ObjectNode complaint = minimalTree();
        complaint.put("receivedAt", "yesterday");

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$.receivedAt: ");
    }

    @Test
    void rejectsCustomerEmailThatIsNotAnAddress() {
        ObjectNode complaint = minimalTree();
        ((ObjectNode) complaint.get("customer")).put("email", "jane at example");

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$.customer.email: ");
    }

    @Test
    void acceptsCustomerEmailWhoseTopLevelDomainIsNotOnAnyList() {
        ObjectNode complaint = minimalTree();
        ((ObjectNode) complaint.get("customer")).put("email", "jane@corp.internal");

        assertThat(ComplaintSchema.validate(bytes(complaint))).isEmpty();
    }

    @Test
    void rejectsUnknownFlag() {
        ObjectNode complaint = minimalTree();
        complaint.putArray("flags").add("vip");

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$.flags[0]: ");
    }

    @Test
    void acceptsTheFlagsOfChatChannels() {
        ObjectNode complaint = minimalTree();
        complaint.putArray("flags").add("edited").add("merged").add("attachmentsDropped");

        assertThat(ComplaintSchema.validate(bytes(complaint))).isEmpty();
    }

    @Test
    void acceptsLocationWithCoordinatesOnly() {
        ObjectNode complaint = minimalTree();
        complaint.putObject("location").put("latitude", -33.8688).put("longitude", 151.2093);

        assertThat(ComplaintSchema.validate(bytes(complaint))).isEmpty();
    }

    @Test
    void rejectsLatitudeBeyondThePole() {
        ObjectNode complaint = minimalTree();
        complaint.putObject("location").put("latitude", 90.5).put("longitude", 0);

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$.location.latitude: ");
    }

    @Test
    void rejectsLocationWithoutLongitude() {
        ObjectNode complaint = minimalTree();
        complaint.putObject("location").put("latitude", 52.5);

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$.location: ").contains("longitude");
    }

    @Test
    void rejectsUnknownPropertyInsideLocation() {
        ObjectNode complaint = minimalTree();
        complaint.putObject("location").put("latitude", 52.5).put("longitude", 13.4).put("altitude", 34);

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$.location: ").contains("altitude");
    }

    @Test
    void acceptsCustomerUserId() {
        ObjectNode complaint = minimalTree();
        ((ObjectNode) complaint.get("customer")).put("userId", "100000001");

        assertThat(ComplaintSchema.validate(bytes(complaint))).isEmpty();
    }

    @Test
    void rejectsReplyHintWithUnknownChannelType() {
        ObjectNode complaint = minimalTree();
        ((ObjectNode) complaint.get("replyHint")).put("channelType", "fax");

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$.replyHint.channelType: ").contains("telegram");
    }

    @Test
    void rejectsReplyHintWithFieldsOfAnotherChannelType() {
        ObjectNode complaint = minimalTree();
        ((ObjectNode) complaint.get("replyHint")).put("threadTs", "1.2");

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .singleElement().asString().startsWith("$.replyHint: ").contains("threadTs");
    }

    @Test
    void reportsOnlyTheViolationsOfTheReplyHintShapeItsChannelTypeNames() {
        ObjectNode complaint = minimalTree();
        ((ObjectNode) complaint.get("replyHint")).remove("chatId");

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .containsExactly("$.replyHint: required property 'chatId' not found");
    }

    @Test
    void rejectsReplyHintWithoutChannelType() {
        ObjectNode complaint = minimalTree();
        ((ObjectNode) complaint.get("replyHint")).remove("channelType");

        assertThat(ComplaintSchema.validate(bytes(complaint)))
                .containsExactly("$.replyHint: required property 'channelType' not found");
    }

    @Test
    void rejectsAttachmentWithNeitherContentNorReference() {
        ObjectNode complaint = minimalTree();
        complaint.putArray("attachments").addObject().put("name", "a.txt").put("size", 0)
                .put("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

        assertThat(ComplaintSchema.validate(bytes(complaint))).isNotEmpty().allMatch(message -> message.startsWith("$.attachments[0]"));
    }

    @Test
    void reportsEveryViolationOnItsOwnLine() {
        ObjectNode complaint = minimalTree();
        complaint.put("protocolNumber", "42");
        complaint.put("schemaVersion", "2");

        assertThat(ComplaintSchema.validate(bytes(complaint))).hasSize(2);
    }

    @Test
    void reportsMalformedJsonAsOneViolation() {
        assertThat(ComplaintSchema.validate("{\"id\":".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().startsWith("$: not valid JSON");
    }

    @Test
    void everyPropertyHasTitleAndDescription() throws IOException {
        JsonNode schema = ComplaintJson.mapper().readTree(Fixtures.bytes("schema/complaint-v1.schema.json"));
        List<String> undocumented = new ArrayList<>();
        collectUndocumented(schema, "#", undocumented);

        assertThat(undocumented).isEmpty();
    }

    @Test
    void schemaDeclaresItsIdAndDraft() throws IOException {
        JsonNode schema = ComplaintJson.mapper().readTree(Fixtures.bytes("schema/complaint-v1.schema.json"));

        assertThat(schema.get("$id").asText()).isEqualTo("https://complaint-gateway.org/schema/complaint-v1.schema.json");
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    private static void collectUndocumented(JsonNode node, String pointer, List<String> undocumented) {
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                JsonNode definition = property.getValue();
                if (!definition.hasNonNull("title") || !definition.hasNonNull("description")) {
                    undocumented.add(pointer + "/properties/" + property.getKey());
                }
            }
        }
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            if (child.getKey().equals("if")) {
                continue; // a condition on a property documented where it is declared, not a declaration
            }
            if (child.getValue().isArray()) {
                for (int i = 0; i < child.getValue().size(); i++) {
                    collectUndocumented(child.getValue().get(i), pointer + "/" + child.getKey() + "/" + i, undocumented);
                }
            } else {
                collectUndocumented(child.getValue(), pointer + "/" + child.getKey(), undocumented);
            }
        }
    }

    private static ObjectNode minimalTree() {
        try {
            return (ObjectNode) ComplaintJson.mapper().readTree(ComplaintJson.toBytes(ComplaintExamples.minimal()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
