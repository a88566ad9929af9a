package org.complaintgateway.mappings.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.complaintgateway.mappings.Fixtures;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.json.ComplaintJson;
import org.complaintgateway.mappings.json.ComplaintSchema;
import org.complaintgateway.mappings.model.Complaint;

/**
 * The fixture requests under src/test/resources/slack/ (Events API bodies in Slack's published shapes, fake people),
 * and the settings and identity the tests map them with. Our bot is U0LAN0Z89; Ana Example is U061F7AUR.
 */
final class SlackFixtures {

    static final Identity IDENTITY = new Identity(
            "01950f3c-8e2a-7b41-9c3d-2f6a8b1e4d57", "RC-2026-000042", Instant.parse("2026-03-02T10:20:00Z"));
    static final String BOT_USER = "U0LAN0Z89";
    static final String ANA = "U061F7AUR";
    static final String WATCHED_CHANNEL = "C0LAN2Q65";
    static final String OTHER_CHANNEL = "C024BE91M";
    static final String DIRECT_CHANNEL = "D024BE91L";
    static final SlackMappingSettings SETTINGS = new SlackMappingSettings("slack-support", Set.of(WATCHED_CHANNEL));

    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackFixtures() {
    }

    static byte[] body(String fixture) {
        return Fixtures.bytes("slack/" + fixture);
    }

    /** The fixture's body after {@code change} to its JSON: one field of a published shape varied. */
    static byte[] changed(String fixture, Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(body(fixture));
            change.accept(root);
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's inner event after {@code change}. */
    static byte[] withEvent(String fixture, Consumer<ObjectNode> change) {
        return changed(fixture, root -> change.accept((ObjectNode) root.get("event")));
    }

    static MappingResult map(String fixture) {
        return SlackMapper.map(body(fixture), IDENTITY, SETTINGS);
    }

    static Complaint mapped(String fixture) {
        return valid(map(fixture));
    }

    /** The complaint of a result that must be one, checked against the schema. */
    static Complaint valid(MappingResult result) {
        assertThat(result).isInstanceOf(MappingResult.Mapped.class);
        Complaint complaint = ((MappingResult.Mapped) result).complaint();
        assertThat(ComplaintSchema.validate(ComplaintJson.toBytes(complaint))).isEmpty();
        return complaint;
    }
}
