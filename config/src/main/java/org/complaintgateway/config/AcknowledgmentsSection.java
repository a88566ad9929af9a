package org.complaintgateway.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The optional {@code acknowledgments} section: the channels whose every new complaint is answered at once with its
 * protocol number, each of which must be a configured channel that can send, and the words of that answer.
 */
final class AcknowledgmentsSection {
    private static final int MAX_RESPONSE_TIME_LENGTH = 100;

    static final Key<List<String>> CHANNELS = Key.required("channels", Scalars.nonEmptyListOf(
            (node, cursor) -> cursor.scalar(node, "a channel id"), "a list of channel ids such as [support-mail]"));
    static final Key<String> RESPONSE_TIME = Key.required("responseTime", responseTime());
    static final Key<String> DEFAULT_LANGUAGE = Key.optional("defaultLanguage", Scalars.LANGUAGE, "en");
    static final Key<Integer> MAX_PER_RECIPIENT_PER_HOUR = Key.optional("maxPerRecipientPerHour",
            Scalars.wholeNumber(1, 1000), 5);
    static final Key<Map<String, String>> TEMPLATES = Key.optional("templates", new TemplatesValue(), Map.of());
    static final Key<String> WEBFORM_MAIL_VIA = Key.optional("webformMailVia",
            (node, cursor) -> cursor.scalar(node, "an e-mail channel id"), null);

    static final Section SECTION = Section.of(CHANNELS, RESPONSE_TIME, DEFAULT_LANGUAGE, MAX_PER_RECIPIENT_PER_HOUR,
            TEMPLATES, WEBFORM_MAIL_VIA);

    private AcknowledgmentsSection() {
    }

    /**
     * {@code channelsNode} is the {@code channels} list as written, null when it is left out; {@code channels} the
     * channels built from it, which leave out those with errors of their own.
     */
    static AcknowledgmentSettings build(Values values, Node channelsNode, List<ChannelConfig> channels, Cursor cursor) {
        Map<String, String> templates = new HashMap<>(AcknowledgmentTemplates.BUILT_IN);
        templates.putAll(values.get(TEMPLATES));
        checkChannels(values, channelsNode, channels, cursor.child(CHANNELS.name()));
        checkMailVia(values, channels, cursor.child(WEBFORM_MAIL_VIA.name()));
        // not against a stand-in: a language whose written template is wrong was reported there
        if (!values.isWrong(DEFAULT_LANGUAGE) && !values.isWrong(TEMPLATES)
                && !templates.containsKey(values.get(DEFAULT_LANGUAGE))) {
            cursor.child(DEFAULT_LANGUAGE.name()).fail(values.where(DEFAULT_LANGUAGE), "has no template: write one "
                    + "under templates." + values.get(DEFAULT_LANGUAGE) + ", or choose one of "
                    + String.join(", ", new TreeSet<>(templates.keySet())));
        }
        if (!values.complete()) {
            return null;
        }
        return new AcknowledgmentSettings(values.get(CHANNELS), values.get(RESPONSE_TIME),
                values.get(DEFAULT_LANGUAGE), values.get(MAX_PER_RECIPIENT_PER_HOUR), templates,
                values.get(WEBFORM_MAIL_VIA));
    }

    private static void checkChannels(Values values, Node channelsNode, List<ChannelConfig> channels, Cursor cursor) {
        Set<String> written = writtenIds(channelsNode);
        if (!values.isWritten(CHANNELS) || values.isWrong(CHANNELS) || written == null) {
            return; // the list, or the channels it names, is missing or could not be read: already reported
        }
        Map<String, ChannelConfig> built = new HashMap<>();
        channels.forEach(channel -> built.put(channel.id(), channel));
        List<Node> items = ((SequenceNode) values.where(CHANNELS)).getValue();
        List<String> ids = values.get(CHANNELS);
        Map<String, Node> firstListed = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Node item = items.get(i);
            Cursor at = cursor.item(i);
            Node first = firstListed.putIfAbsent(id, item);
            if (first != null) {
                at.fail(item, "channel '" + id + "' is listed twice; first at line " + Section.line(first));
            } else if (!written.contains(id)) {
                at.fail(item, notConfigured(id, written));
            } else if (built.get(id) instanceof WebformChannelConfig) {
                if (!values.isWritten(WEBFORM_MAIL_VIA)) {
                    at.fail(item, "channel '" + id + "' (webform) shows the protocol number on its confirmation page; to "
                            + "also mail it to the address the customer gave, set webformMailVia to an e-mail channel "
                            + "with smtp, or remove the channel from this list");
                }
            } else if (built.containsKey(id)) {
                ChannelConfig channel = built.get(id);
                SendingChannels.whyCannotSend(channel).ifPresent(why -> at.fail(item,
                        "channel '" + id + "' (" + channel.type() + ") cannot send acknowledgments: " + why));
            }
            // else: the channel is written but has errors of its own, reported where they are
        }
    }

    /** The web forms' acknowledgments go out by mail through an e-mail channel that can send. */
    private static void checkMailVia(Values values, List<ChannelConfig> channels, Cursor cursor) {
        if (!values.isWritten(WEBFORM_MAIL_VIA) || values.isWrong(WEBFORM_MAIL_VIA)) {
            return;
        }
        String id = values.get(WEBFORM_MAIL_VIA);
        ChannelConfig via = channels.stream().filter(channel -> channel.id().equals(id)).findFirst().orElse(null);
        if (!(via instanceof EmailChannelConfig email)) {
            cursor.fail(values.where(WEBFORM_MAIL_VIA), via == null
                    ? "no e-mail channel '" + id + "' is configured"
                    : "channel '" + id + "' is a " + via.type() + " channel; expected an e-mail channel with smtp");
        } else if (email.smtp() == null) {
            cursor.fail(values.where(WEBFORM_MAIL_VIA), "e-mail channel '" + id + "' has no smtp section to send mail "
                    + "through; add one");
        }
    }

    private static String notConfigured(String id, Set<String> written) {
        if (written.isEmpty()) {
            return "no channel '" + id + "' is configured: there are no channels";
        }
        return NearestName.among(id, written)
                .map(nearest -> "no channel '" + id + "' is configured (did you mean '" + nearest + "'?)")
                .orElse("no channel '" + id + "' is configured; configured channels: "
                        + String.join(", ", new TreeSet<>(written)));
    }

    /**
     * The ids written in the {@code channels} list, valid or not, so that a channel with an error elsewhere is not
     * also called unknown here; empty when the list is left out, null when it is not a list.
     */
    private static Set<String> writtenIds(Node channelsNode) {
        if (channelsNode == null) {
            return Set.of();
        }
        if (!(channelsNode instanceof SequenceNode list)) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (Node item : list.getValue()) {
            if (item instanceof MappingNode map) {
                for (NodeTuple entry : map.getValue()) {
                    if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals(ChannelsSection.ID.name())
                            && entry.getValueNode() instanceof ScalarNode value) {
                        ids.add(value.getValue());
                    }
                }
            }
        }
        return ids;
    }

    /** What the customer is promised, quoted in every acknowledgment: one line, short enough for a chat message. */
    private static ValueType<String> responseTime() {
        String what = "what the customer is promised, on one line of at most " + MAX_RESPONSE_TIME_LENGTH
                + " characters, such as \"2 business days\"";
        ValueType<String> line = Scalars.singleLine(what);
        return (node, cursor) -> {
            String text = line.read(node, cursor);
            if (text != null && text.length() > MAX_RESPONSE_TIME_LENGTH) {
                cursor.fail(node, "expected " + what + ", got " + text.length() + " characters");
                return null;
            }
            return text;
        };
    }
}
