package org.complaintgateway.mappings.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.complaintgateway.mappings.Fixtures;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.InboundEvent;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.json.ComplaintJson;
import org.complaintgateway.mappings.json.ComplaintSchema;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;

/**
 * The fixture deliveries under src/test/resources/meta/ (in the shapes Meta documents, fake people, numbers and
 * ids), the events the intake would journal for them, and the settings and identity the tests map them with.
 */
final class MetaFixtures {

    static final Identity IDENTITY = new Identity(
            "01950f3c-8e2a-7b41-9c3d-2f6a8b1e4d57", "RC-2026-000042", Instant.parse("2026-03-02T10:20:00Z"));
    static final MetaMappingSettings WHATSAPP = new MetaMappingSettings("wa", ChannelType.WHATSAPP);
    static final MetaMappingSettings MESSENGER = new MetaMappingSettings("fb", ChannelType.MESSENGER);
    static final MetaMappingSettings INSTAGRAM = new MetaMappingSettings("ig", ChannelType.INSTAGRAM);

    private MetaFixtures() {
    }

    static byte[] delivery(String fixture) {
        return Fixtures.bytes("meta/" + fixture);
    }

    /** The events of a fixture delivery, as split for {@code settings}' channel. */
    static List<InboundEvent> events(String fixture, MetaMappingSettings settings) {
        return MetaDeliveries.split(delivery(fixture), settings);
    }

    /** The one event of a fixture delivery, its media (if any) all downloaded, as the intake journals it. */
    static byte[] journaled(String fixture, MetaMappingSettings settings) {
        List<InboundEvent> events = events(fixture, settings);
        assertThat(events).hasSize(1);
        byte[] raw = events.get(0).raw();
        List<FetchedMedia> fetched = WhatsAppMedia.wanted(raw).stream().map(MetaFixtures::download).toList();
        return fetched.isEmpty() ? raw : WhatsAppMedia.withFiles(raw, fetched, List.of());
    }

    /** What the Graph API download would give for {@code medium}: its declared type, fake bytes. */
    static FetchedMedia download(MediaRef medium) {
        return new FetchedMedia(medium.mediaId(), medium.mimeType(), content(medium.mediaId()));
    }

    static byte[] content(String mediaId) {
        return ("fake bytes of medium " + mediaId).getBytes(StandardCharsets.UTF_8);
    }

    static MappingResult map(String fixture, MetaMappingSettings settings) {
        return MetaMapper.map(journaled(fixture, settings), IDENTITY, settings);
    }

    /** The complaint of a fixture that must map, checked against the schema. */
    static Complaint mapped(String fixture, MetaMappingSettings settings) {
        return valid(map(fixture, settings));
    }

    static Complaint valid(MappingResult result) {
        Complaint complaint = complaintOf(result);
        assertThat(ComplaintSchema.validate(ComplaintJson.toBytes(complaint))).isEmpty();
        return complaint;
    }

    static Complaint complaintOf(MappingResult result) {
        assertThat(result).isInstanceOf(MappingResult.Mapped.class);
        return ((MappingResult.Mapped) result).complaint();
    }
}
