package org.complaintgateway.config;

import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** The top level of the file: seven optional sections, bound into a {@link GatewayConfig}. */
final class RootSection {
    static final Key<Values> GATEWAY = Key.optional("gateway", GatewaySection.SECTION, Values.absent());
    static final Key<Values> STORE = Key.optional("store", StoreSection.SECTION, Values.absent());
    static final Key<Values> DOWNSTREAM = Key.optional("downstream", DownstreamSection.SECTION, Values.absent());
    // an empty list is fine: the gateway then only delivers and replays what is already stored
    static final Key<List<ChannelConfig>> CHANNELS = Key.optional("channels", new ChannelsSection(), List.of());
    static final Key<Values> DEMO_MAILBOX = Key.optional("demoMailbox", DemoMailboxSection.SECTION, Values.absent());
    static final Key<Values> REPLIES = Key.optional("replies", RepliesSection.SECTION, Values.absent());
    static final Key<Values> ACKNOWLEDGMENTS = Key.optional("acknowledgments", AcknowledgmentsSection.SECTION,
            Values.absent());

    private static final Section SECTION = Section.of(GATEWAY, STORE, DOWNSTREAM, REPLIES, ACKNOWLEDGMENTS, CHANNELS,
            DEMO_MAILBOX);

    private RootSection() {
    }

    /** The config; meaningful only when no problem was reported, though every check runs regardless. */
    static GatewayConfig read(Path file, Node root, Cursor cursor) {
        Values values = SECTION.read(root, cursor);
        GatewaySettings gateway = GatewaySection.build(values.get(GATEWAY), cursor.child(GATEWAY.name()));
        StoreSettings store = StoreSection.build(values.get(STORE));
        DownstreamSettings downstream = DownstreamSection.build(values.get(DOWNSTREAM), gateway.dataDir(),
                cursor.child(DOWNSTREAM.name()));
        DemoMailboxSettings demoMailbox = values.isWritten(DEMO_MAILBOX) ? DemoMailboxSection.build(
                values.get(DEMO_MAILBOX), values.get(GATEWAY), cursor.child(DEMO_MAILBOX.name())) : null;
        // left out, the reply API is off: no endpoint to secure, nothing sent
        RepliesSettings replies = values.isWritten(REPLIES) ? RepliesSection.build(values.get(REPLIES),
                values.get(DOWNSTREAM), cursor.child(REPLIES.name())) : null;
        // left out, nothing is sent until the downstream answers
        AcknowledgmentSettings acknowledgments = values.isWritten(ACKNOWLEDGMENTS) ? AcknowledgmentsSection.build(
                values.get(ACKNOWLEDGMENTS), values.isWritten(CHANNELS) ? values.where(CHANNELS) : null,
                values.get(CHANNELS), cursor.child(ACKNOWLEDGMENTS.name())) : null;
        return new GatewayConfig(file, gateway, store, downstream, values.get(CHANNELS), demoMailbox, replies,
                acknowledgments);
    }
}
