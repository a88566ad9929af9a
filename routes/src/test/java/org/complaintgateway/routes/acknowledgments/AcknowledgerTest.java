package org.complaintgateway.routes.acknowledgments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintgateway.config.AcknowledgmentSettings;
import org.complaintgateway.mappings.json.ComplaintJson;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.Relations;
import org.complaintgateway.mappings.model.ReplyHint;
import org.complaintgateway.routes.outbound.ReplyContent;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.Normalization;
import org.complaintgateway.routes.store.OutboundKind;
import org.complaintgateway.routes.store.OutboundMessage;
import org.complaintgateway.routes.store.OutboundState;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.testing.TestH2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real H2 store: every new complaint of an opted-in channel gets one acknowledgment, in its language, with its
 * protocol number, queued to send; none to a follow-up, a no-reply address or our own, nor beyond the hourly limit per
 * recipient, each of those recorded SKIPPED with why; a second sweep records nothing new.
 */
class AcknowledgerTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final AcknowledgmentSettings SETTINGS = new AcknowledgmentSettings(List.of("support-mail", "site-form"),
            "2 business days", "en", 3, Map.of(
                    "en", "Dear {name}, your complaint is {protocolNumber}; we answer within {responseTime}.",
                    "it", "Gentile {name}, il suo reclamo è {protocolNumber}; rispondiamo entro {responseTime}."),
            "support-mail");

    @TempDir
    Path dir;

    private Store store;
    private Acknowledger acknowledger;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = JdbcStore.open(TestH2.in(dir).settings(), "RC", clock);
        acknowledger = new Acknowledger(store, SETTINGS, Map.of("support-mail", Set.of("support@example.com")), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewComplaintGetsOneAcknowledgmentInItsLanguageWithItsProtocolNumber() {
        JournalEntry complaint = complaint("support-mail", "anna@example.org", "Anna Example", "it", null);

        assertThat(acknowledger.sweep()).isEqualTo(1);
        assertThat(acknowledger.sweep()).as("a second sweep").isZero();

        OutboundMessage acknowledgment = only(complaint);
        assertThat(acknowledgment.state()).isEqualTo(OutboundState.QUEUED);
        assertThat(acknowledgment.kind()).isEqualTo(OutboundKind.ACKNOWLEDGMENT);
        ReplyContent content = ReplyContent.fromJson(acknowledgment.payload());
        assertThat(content.text()).isEqualTo("Gentile Anna Example, il suo reclamo è " + complaint.protocolNumber()
                + "; rispondiamo entro 2 business days.");
        assertThat(content.automatic()).isTrue();
        assertThat(content.replyHint()).isInstanceOf(ReplyHint.Email.class);
    }

    @Test
    void aLanguageWithoutTemplateGetsTheDefaultAndANamelessCustomerIsAddressedNeutrally() {
        JournalEntry complaint = complaint("support-mail", "ben@example.org", null, "de", null);

        acknowledger.sweep();

        assertThat(ReplyContent.fromJson(only(complaint).payload()).text())
                .startsWith("Dear customer, your complaint is " + complaint.protocolNumber());
    }

    @Test
    void noAcknowledgmentToAFollowUpANoReplyAddressOrOurOwnEachSaysWhy() {
        JournalEntry followUp = complaint("support-mail", "anna@example.org", "Anna", "en", "0190-earlier");
        JournalEntry noReply = complaint("support-mail", "no-reply@shop.example.org", null, "en", null);
        JournalEntry ours = complaint("support-mail", "Support@Example.com", null, "en", null);

        acknowledger.sweep();

        assertThat(only(followUp)).extracting(OutboundMessage::state, OutboundMessage::reason)
                .containsExactly(OutboundState.SKIPPED, "a follow-up of complaint 0190-earlier, acknowledged then");
        assertThat(only(noReply).reason()).isEqualTo("not to a no-reply or system address");
        assertThat(only(ours).reason()).isEqualTo("not to one of our own addresses");
    }

    @Test
    void oneRecipientGetsAtMostTheHourlyLimit() {
        List<JournalEntry> complaints = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            complaints.add(complaint("support-mail", "flood@example.org", null, "en", null));
        }

        acknowledger.sweep();

        List<OutboundMessage> all = complaints.stream().map(this::only).toList();
        assertThat(all).filteredOn(message -> message.state() == OutboundState.QUEUED).hasSize(3);
        assertThat(all).filteredOn(message -> message.state() == OutboundState.SKIPPED).hasSize(2)
                .allSatisfy(message -> assertThat(message.reason()).contains("maxPerRecipientPerHour"));
    }

    @Test
    void aWebFormComplaintIsAcknowledgedByMailThroughTheMailViaChannelWhenTheCustomerGaveAnAddress() {
        JournalEntry withAddress = webformComplaint("cara@example.org");
        JournalEntry withoutAddress = webformComplaint(null);

        acknowledger.sweep();

        OutboundMessage mailed = only(withAddress);
        assertThat(mailed.channelId()).isEqualTo("support-mail");
        assertThat(mailed.channelType()).isEqualTo("email");
        assertThat(ReplyContent.fromJson(mailed.payload()).replyHint())
                .isEqualTo(new ReplyHint.Email("support-mail", "cara@example.org", List.of(), "Broken kettle", null,
                        List.of(), null));
        assertThat(only(withoutAddress)).extracting(OutboundMessage::state, OutboundMessage::reason)
                .containsExactly(OutboundState.SKIPPED, "the customer gave the web form no e-mail address");
    }

    @Test
    void otherChannelsAreNotAcknowledged() {
        complaint("other-mail", "anna@example.org", "Anna", "en", null);

        assertThat(acknowledger.sweep()).isZero();
    }

    private OutboundMessage only(JournalEntry complaint) {
        List<OutboundMessage> messages = store.outbound().ofComplaint(complaint.id());
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private JournalEntry webformComplaint(String email) {
        return store.appendNormalized(new NewMessage("site-form", "webform", null, null, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8)), entry -> new Normalization.Queue(ComplaintJson.toBytes(
                new Complaint(Complaint.SCHEMA_VERSION, entry.id(), entry.protocolNumber(), entry.receivedAt(),
                        new ChannelRef(ChannelType.WEBFORM, "site-form", entry.id(), null),
                        new Customer("Cara Example", email, null, null, "en"), "Broken kettle", "It leaks.", null,
                        null, "en", List.of(), null, new ReplyHint.Webform("site-form", email, null), null,
                        List.of()))), Duration.ZERO).entry();
    }

    private JournalEntry complaint(String channelId, String from, String name, String language, String followUpOf) {
        return store.appendNormalized(new NewMessage(channelId, "email", null, null, "message/rfc822",
                "raw".getBytes(StandardCharsets.UTF_8)), entry -> new Normalization.Queue(ComplaintJson.toBytes(
                new Complaint(Complaint.SCHEMA_VERSION, entry.id(), entry.protocolNumber(), entry.receivedAt(),
                        new ChannelRef(ChannelType.EMAIL, channelId, entry.id(), null),
                        new Customer(name, from, null, null, language), "Broken kettle", "It leaks.", null, null,
                        language, List.of(), null,
                        new ReplyHint.Email(channelId, from, List.of(), "Broken kettle", entry.id(), List.of(), null),
                        followUpOf == null ? null : new Relations(followUpOf, null, "In-Reply-To"), List.of()))),
                Duration.ZERO).entry();
    }
}
