package org.complaintgateway.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The {@code channels} list: each item is read by its type's description; ids, HTTP paths and polled sources
 * (mailboxes) are unique.
 */
final class ChannelsSection implements ValueType<List<ChannelConfig>> {
    static final List<ChannelType> TYPES = List.of(new EmailChannelType(), new TelegramChannelType(),
            new MetaChannelType(MetaPlatform.WHATSAPP), new MetaChannelType(MetaPlatform.MESSENGER),
            new MetaChannelType(MetaPlatform.INSTAGRAM), new SlackChannelType(), new WebformChannelType(),
            new WebhookChannelType());

    private static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    static final Key<String> ID = Key.required("id", Scalars.text(ID_PATTERN,
            "1 to 63 lower-case letters, digits or '-', not starting with '-'"));

    private static final Variants<ChannelType> VARIANTS = new Variants<>("channel type", TYPES, ChannelType::name,
            type -> type.section().withFirst(ID));

    /** An HTTP path taken by a channel, to name it when a later channel wants the same path. */
    private record Served(String channelId, String key, int line) {
    }

    @Override
    public List<ChannelConfig> read(Node node, Cursor cursor) {
        if (!(node instanceof SequenceNode list)) {
            cursor.fail(node, "expected a list of channels, got " + Cursor.shape(node));
            return null;
        }
        List<ChannelConfig> channels = new ArrayList<>();
        Map<String, Node> firstIds = new HashMap<>();
        Map<String, Served> served = new HashMap<>();
        Map<String, Served> sources = new HashMap<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            Cursor at = channelCursor(item, cursor.item(i));
            Variants.Picked<ChannelType> picked = VARIANTS.read(item, at);
            if (picked == null) {
                continue;
            }
            Values values = picked.values();
            String id = values.get(ID);
            if (id == null) {
                continue; // the id itself was reported; uniqueness checks need one
            }
            boolean unique = checkUniqueId(id, values.where(ID), firstIds, at);
            checkPathsFree(id, picked.kind(), values, served, at);
            if (unique && values.complete()) {
                ChannelConfig channel = picked.kind().build(id, values, at);
                checkSourceFree(channel, picked.kind(), values.where(ID), sources, at);
                channels.add(channel);
            }
        }
        return channels;
    }

    /** Errors inside a channel name its id when it has a valid one, else its position in the list. */
    private static Cursor channelCursor(Node item, Cursor indexed) {
        if (item instanceof MappingNode map) {
            for (NodeTuple entry : map.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals(ID.name())
                        && entry.getValueNode() instanceof ScalarNode value && ID_PATTERN.matcher(value.getValue()).matches()) {
                    return indexed.inChannel(value.getValue());
                }
            }
        }
        return indexed;
    }

    private static boolean checkUniqueId(String id, Node idNode, Map<String, Node> firstIds, Cursor at) {
        Node first = firstIds.putIfAbsent(id, idNode);
        if (first != null) {
            at.child(ID.name()).fail(idNode, "duplicate channel id '" + id + "'; first defined at line " + Section.line(first));
        }
        return first == null;
    }

    private static void checkSourceFree(ChannelConfig channel, ChannelType type, Node idNode,
                                        Map<String, Served> sources, Cursor at) {
        type.polledSource(channel).ifPresent(source -> {
            Served owner = sources.putIfAbsent(source, new Served(channel.id(), ID.name(), Section.line(idNode)));
            if (owner != null) {
                at.fail(idNode, source + " is already polled by channel '" + owner.channelId() + "' (line "
                        + owner.line() + "); two channels on one mailbox would fetch the same mails and race to "
                        + "flag, move or delete them");
            }
        });
    }

    private static void checkPathsFree(String id, ChannelType type, Values values, Map<String, Served> served, Cursor at) {
        for (Key<String> key : type.httpPaths()) {
            if (values.isWrong(key)) {
                continue; // its stand-in default could clash with another channel's real path
            }
            String path = type.servedPath(id, values, key);
            if (path == null) {
                continue; // not served in this channel's mode
            }
            Node where = values.where(key);
            Served owner = served.putIfAbsent(path, new Served(id, key.name(), Section.line(where)));
            if (owner != null) {
                at.child(key.name()).fail(where, "path '" + path + "' is already served by channel '" + owner.channelId()
                        + "' (field '" + owner.key() + "', line " + owner.line() + ")");
            }
        }
    }
}
