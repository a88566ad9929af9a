package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintgateway.mappings.Fixtures;
import org.complaintgateway.mappings.Identity;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.json.ComplaintJson;
import org.complaintgateway.mappings.json.ComplaintSchema;
import org.complaintgateway.mappings.model.Complaint;

/** The fixture mails under src/test/resources/email/ and the settings, identity and store the tests map them with. */
final class EmailFixtures {

    static final Identity IDENTITY = new Identity(
            "01950f3c-8e2a-7b41-9c3d-2f6a8b1e4d57", "RC-2026-000042", Instant.parse("2026-03-02T10:15:30Z"));
    static final Instant SERVER_DATE = Instant.parse("2026-03-02T09:31:00Z");
    static final EmailMappingSettings SETTINGS = new EmailMappingSettings("support-mail",
            List.of("support@example.com", "help@example.com"), false, 10, 10_000_000, 10, "RC");

    /** The complaint our acknowledgment <cg....aaaa@example.com> and protocol number RC-2026-000040 belong to. */
    static final String KNOWN_COMPLAINT = "01950f3c-0000-7000-8000-000000000040";
    /** The complaint whose answer <cg....bbbb@example.com> bounced. */
    static final String BOUNCED_COMPLAINT = "01950f3c-0000-7000-8000-000000000041";
    static final ThreadLookup STORE = new MapLookup(
            Map.of("cg.01950f3c-0000-7000-8000-00000000aaaa@example.com", KNOWN_COMPLAINT,
                    "cg.01950f3c-0000-7000-8000-00000000bbbb@example.com", BOUNCED_COMPLAINT),
            Map.of("RC-2026-000040", KNOWN_COMPLAINT));

    private EmailFixtures() {
    }

    static byte[] raw(String fixture) {
        return Fixtures.bytes("email/" + fixture);
    }

    /** The fixture read as the filters see it. */
    static InboundMail read(String fixture) {
        return read(fixture, SETTINGS);
    }

    static InboundMail read(String fixture, EmailMappingSettings settings) {
        try {
            return MailReader.read(MimeParser.parse(raw(fixture)), settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MappingResult map(String fixture) {
        return map(fixture, SETTINGS, STORE);
    }

    static MappingResult map(String fixture, EmailMappingSettings settings, ThreadLookup lookup) {
        return EmailMapper.map(raw(fixture), IDENTITY, SERVER_DATE, settings, lookup);
    }

    static Complaint mapped(String fixture) {
        return mapped(fixture, SETTINGS);
    }

    /** The complaint of a fixture that must map, checked against the schema. */
    static Complaint mapped(String fixture, EmailMappingSettings settings) {
        return valid(map(fixture, settings, STORE));
    }

    static Complaint valid(MappingResult result) {
        assertThat(result).isInstanceOf(MappingResult.Mapped.class);
        Complaint complaint = ((MappingResult.Mapped) result).complaint();
        assertThat(ComplaintSchema.validate(ComplaintJson.toBytes(complaint))).isEmpty();
        return complaint;
    }

    static EmailMappingSettings withKeepHtml() {
        return new EmailMappingSettings("support-mail", SETTINGS.ownAddresses(), true, 10, 10_000_000, 10, "RC");
    }

    static EmailMappingSettings withLimits(int maxAttachments, long maxAttachmentsBytes, int maxNestingDepth) {
        return new EmailMappingSettings("support-mail", SETTINGS.ownAddresses(), false,
                maxAttachments, maxAttachmentsBytes, maxNestingDepth, "RC");
    }

    /** A store that knows the given Message-IDs and protocol numbers. */
    record MapLookup(Map<String, String> byMessageId, Map<String, String> byProtocolNumber) implements ThreadLookup {
        @Override
        public Optional<String> byMessageId(String messageId) {
            return Optional.ofNullable(byMessageId.get(messageId));
        }

        @Override
        public Optional<String> byProtocolNumber(String protocolNumber) {
            return Optional.ofNullable(byProtocolNumber.get(protocolNumber));
        }
    }
}
