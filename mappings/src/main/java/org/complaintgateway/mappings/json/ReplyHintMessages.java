package org.complaintgateway.mappings.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps only the reply hint violations that matter. A {@code oneOf} reports why the value fails every branch, so a
 * web form hint without {@code email} would also be told it lacks a Telegram {@code chatId}; the branch named by
 * {@code channelType} is the one the producer meant, so only its violations are kept.
 */
final class ReplyHintMessages {

    private static final String ONE_OF = "$.properties.replyHint.oneOf";
    private static final String BRANCH = ONE_OF + "[";

    private final Map<String, Integer> branchByChannelType;

    private ReplyHintMessages(Map<String, Integer> branchByChannelType) {
        this.branchByChannelType = Map.copyOf(branchByChannelType);
    }

    /** Learns from the schema which {@code oneOf} branch belongs to which channel type. */
    static ReplyHintMessages of(JsonNode schema) {
        Map<String, Integer> branches = new HashMap<>();
        JsonNode oneOf = schema.at("/properties/replyHint/oneOf");
        for (int i = 0; i < oneOf.size(); i++) {
            String definition = oneOf.get(i).get("$ref").asText().substring(1);
            branches.put(schema.at(definition + "/properties/channelType/const").asText(), i);
        }
        return new ReplyHintMessages(branches);
    }

    /** The messages without those from other channel types' branches, and without the bare "oneOf failed" summary. */
    List<ValidationMessage> relevant(Set<ValidationMessage> messages, JsonNode document) {
        Integer branch = branchByChannelType.get(document.path("replyHint").path("channelType").asText());
        List<ValidationMessage> kept = messages.stream()
                .filter(message -> keep(message.getEvaluationPath().toString(), branch))
                .toList();
        boolean explained = kept.stream().anyMatch(message -> message.getInstanceLocation().toString().startsWith("$.replyHint")
                && !message.getEvaluationPath().toString().equals(ONE_OF));
        return explained
                ? kept.stream().filter(message -> !message.getEvaluationPath().toString().equals(ONE_OF)).toList()
                : kept;
    }

    private static boolean keep(String evaluationPath, Integer branch) {
        if (!evaluationPath.startsWith(BRANCH)) {
            return true;
        }
        return branch != null && evaluationPath.startsWith(BRANCH + branch + "]");
    }
}
