package org.complaintgateway.it.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.complaintgateway.mappings.Fixtures;

/**
 * Bad webhook deliveries for one channel, made from the providers' real payloads (the mappings module's fixtures)
 * with fresh message ids, so that each is journaled as itself rather than as a duplicate: most are proven and broken
 * by {@link JsonMutator}, some keep their shape with odd strings (and so become complaints), a few are sent twice
 * (the second a DUPLICATE), and about one in eight carries no valid proof of its sender.
 */
final class WebhookInputs {

    /** Fixtures per channel; none with media, which the Graph API (a closed port here) would be asked for. */
    static final Map<String, List<String>> TEMPLATES = Map.of(
            EveryChannelGateway.WEBHOOK, List.of("webhook/review-created.json", "webhook/review-html-body.json",
                    "webhook/review-numeric-id.json", "webhook/review-without-id.json",
                    "webhook/review-without-text.json"),
            EveryChannelGateway.WHATSAPP, List.of("meta/whatsapp/message-text.json", "meta/whatsapp/message-button.json",
                    "meta/whatsapp/message-contacts.json", "meta/whatsapp/message-interactive-button-reply.json",
                    "meta/whatsapp/message-interactive-list-reply.json", "meta/whatsapp/message-location.json",
                    "meta/whatsapp/message-reaction.json", "meta/whatsapp/status-delivered.json",
                    "meta/whatsapp/status-failed.json", "meta/whatsapp/status-read.json", "meta/whatsapp/status-sent.json"),
            EveryChannelGateway.MESSENGER, List.of("meta/messenger/message-text.json", "meta/messenger/message-image.json",
                    "meta/messenger/message-echo.json", "meta/messenger/delivery.json", "meta/messenger/read.json"),
            EveryChannelGateway.INSTAGRAM, List.of("meta/instagram/message-text.json", "meta/instagram/message-image.json",
                    "meta/instagram/message-echo.json"),
            EveryChannelGateway.SLACK, List.of("slack/app-mention.json", "slack/app-rate-limited.json",
                    "slack/message-bot-message.json", "slack/message-changed.json", "slack/message-channel-not-watched.json",
                    "slack/message-channel-watched.json", "slack/message-file-share.json", "slack/message-im-retry.json",
                    "slack/message-im.json", "slack/message-mention-twin.json", "slack/message-other-app.json",
                    "slack/message-own.json", "slack/message-thread-broadcast.json", "slack/reaction-added.json"));

    /** Members whose string value identifies a message or event, made unique per input. */
    private static final Set<String> ID_MEMBERS = Set.of("mid", "event_id", "client_msg_id");
    private static final Set<String> TS_MEMBERS = Set.of("ts", "event_ts");
    /** Just under and over the body limit, and sizes a field is often cut at. */
    private static final int[] STRING_SIZES = {0, 1, 255, 256, 4096, 65_536, EveryChannelGateway.MAX_BODY_BYTES - 600};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

    private final String channelId;
    private final URI url;
    private final SenderProof proof;
    private final SplittableRandom random;
    private final List<JsonNode> templates;
    private final List<byte[]> sent = new ArrayList<>();

    WebhookInputs(String channelId, URI url, SenderProof proof, SplittableRandom random) {
        this.channelId = channelId;
        this.url = url;
        this.proof = proof;
        this.random = random;
        this.templates = TEMPLATES.get(channelId).stream().map(WebhookInputs::read).toList();
    }

    BadInput next(int number) {
        int template = random.nextInt(templates.size());
        JsonNode fresh = withFreshIds(templates.get(template), number);
        String from = TEMPLATES.get(channelId).get(template);
        int choice = random.nextInt(100);
        JsonMutator.Mutated mutated;
        if (choice < 5 && !sent.isEmpty()) {
            byte[] again = sent.get(random.nextInt(sent.size()));
            return proven(number, "resend", "the bytes of an earlier input again", again);
        } else if (choice < 30) {
            mutated = JsonMutator.mutateStringsOnly(fresh, random, STRING_SIZES);
        } else {
            mutated = JsonMutator.mutate(fresh, random, STRING_SIZES);
        }
        if (choice >= 88) {
            HttpRequest.Builder request = post(mutated.body());
            String how = proof.proveWrongly(request, mutated.body(), write(fresh), random);
            return new BadInput(number, "unproven", channelId, how + "; " + from + ": " + mutated.description(),
                    request.build(), mutated.body(), false);
        }
        sent.add(mutated.body());
        return proven(number, choice < 30 ? "odd-strings" : "malformed", from + ": " + mutated.description(),
                mutated.body());
    }

    private BadInput proven(int number, String kind, String description, byte[] body) {
        HttpRequest.Builder request = post(body);
        proof.prove(request, body);
        return new BadInput(number, kind, channelId, description, request.build(), body, true);
    }

    private HttpRequest.Builder post(byte[] body) {
        return HttpRequest.newBuilder(url).timeout(ANSWER_WITHIN)
                .header("Content-Type", random.nextInt(10) == 0 ? "text/plain" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** The template with its message and event ids made unique to this input, so that it is not a duplicate. */
    private static JsonNode withFreshIds(JsonNode template, int number) {
        JsonNode copy = template.deepCopy();
        freshen(copy, number);
        return copy;
    }

    private static void freshen(JsonNode node, int number) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (value.isTextual() && (ID_MEMBERS.contains(name) || name.equals("id")
                        && (value.asText().startsWith("wamid.") || value.asText().startsWith("rv-")))) {
                    object.set(name, TextNode.valueOf(value.asText() + "-bad" + number));
                } else if (value.isTextual() && TS_MEMBERS.contains(name)) {
                    object.set(name, TextNode.valueOf(String.format("1515449700.%06d", number)));
                } else {
                    freshen(value, number);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(child -> freshen(child, number));
        }
    }

    private static JsonNode read(String resource) {
        try {
            return JSON.readTree(Fixtures.bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
