package org.complaintgateway.routes.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.complaintgateway.mappings.email.AttachmentLinks;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailConstants;
import org.apache.camel.component.mail.MailConsumer;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.complaintgateway.config.AfterProcessing;
import org.complaintgateway.config.EmailChannelConfig;
import org.complaintgateway.config.MailProtocol;
import org.complaintgateway.config.Secret;
import org.complaintgateway.routes.pipeline.DeliverySlots;
import org.complaintgateway.routes.pipeline.JournalingIntake;
import org.complaintgateway.routes.pipeline.Normalizer;
import org.complaintgateway.routes.store.JdbcStore;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.OutboxItem;
import org.complaintgateway.routes.store.QuarantinedMessage;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.testing.TestH2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fetched mail through the intake, on a real H2 ledger: journaled and handed on, or, when it keeps failing
 * before the journal (a server that breaks off while sending it), quarantined after maxAttempts and put in the
 * failed folder; one over the size limit quarantined from its header alone.
 */
class EmailIntakeTest {

    private static final int MAX_ATTEMPTS = 3;
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final EmailChannelConfig CHANNEL = new EmailChannelConfig("support-mail", MailProtocol.IMAP,
            "127.0.0.1", 143, "support", new Secret("${env:TEST}", "fake-password"), "INBOX", Duration.ofSeconds(10),
            AfterProcessing.SEEN, null, "Failed", MAX_ATTEMPTS, 100, 64 * 1024, List.of("support@example.com"),
            Duration.ofSeconds(30), null, true, false, 20, 64 * 1024, 5, null);

    @TempDir
    Path dir;

    private final CamelContext camel = new DefaultCamelContext();
    private final List<OutboxItem> handedOn = new ArrayList<>();
    private Store store;
    private EmailIntake intake;

    @BeforeEach
    void open() {
        store = JdbcStore.open(TestH2.in(dir).settings(), "RC", Clock.systemUTC());
        EmailMapping mapping = new EmailMapping(CHANNEL, "RC", store, AttachmentLinks.NONE);
        Normalizer normalizer = new Normalizer(store, Map.of(CHANNEL.id(), mapping.mapper()), Duration.ofMinutes(1));
        intake = new EmailIntake(CHANNEL, store, mapping, new JournalingIntake(store, normalizer, handedOn::add, new DeliverySlots(4),
                JournalingIntake.POLLER_SLOT_PATIENCE));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMailIsJournaledQueuedAndHandedToDeliveryAndLeftToTheChannelsOwnAfterProcessing() throws Exception {
        Exchange exchange = fetched(mail("good-1@example.org", "The kettle leaks."), "good-1");

        intake.process(exchange);

        assertThat(handedOn).singleElement().satisfies(item ->
                assertThat(store.find(item.id()).map(JournalEntry::state)).contains(LedgerState.QUEUED));
        assertThat(exchange.getIn().getHeader(MailConstants.MAIL_MOVE_TO)).isNull();
    }

    @Test
    void aMailThatKeepsFailingIsQuarantinedAfterMaxAttemptsAndPutInTheFailedFolder() throws Exception {
        MimeMessage breaksOff = new MimeMessage(SESSION, new ByteArrayInputStream(mail("poison-1@example.org", "text"))) {
            @Override
            public void writeTo(OutputStream out) throws MessagingException {
                throw new MessagingException("connection reset while the server sent the mail");
            }
        };

        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Exchange failing = fetched(breaksOff, "poison-1");
            assertThatThrownBy(() -> intake.process(failing)).isInstanceOf(MessagingException.class);
            assertThat(total()).as("nothing journaled after attempt %d", attempt).isZero();
        }
        Exchange last = fetched(breaksOff, "poison-1");
        intake.process(last);

        assertThat(store.quarantined()).singleElement().satisfies(message -> {
            assertThat(message.reason()).contains("failed 3 times").contains("connection reset")
                    .contains("only its header is kept");
            assertThat(message.contentType()).isEqualTo(QuarantinedMessage.HEADER_ONLY);
        });
        assertThat(last.getIn().getHeader(MailConstants.MAIL_MOVE_TO)).isEqualTo("Failed");
        assertThat(handedOn).isEmpty();
    }

    @Test
    void aMailOverTheSizeLimitIsQuarantinedFromItsHeaderWithoutReadingItsBody() throws Exception {
        byte[] big = mail("big-1@example.org", "x".repeat(100 * 1024));
        MimeMessage bodyNeverRead = new MimeMessage(SESSION, new ByteArrayInputStream(big)) {
            @Override
            public void writeTo(OutputStream out) throws MessagingException {
                throw new AssertionError("the body of a mail over the limit must not be fetched");
            }
        };
        Exchange exchange = fetched(bodyNeverRead, "big-1");

        intake.process(exchange);

        QuarantinedMessage quarantined = store.quarantined().get(0);
        assertThat(quarantined.reason()).contains("over the channel's maxMessageSize of 64 KB");
        String kept = new String(store.find(quarantined.id()).orElseThrow().raw(), StandardCharsets.ISO_8859_1);
        assertThat(kept).contains("Message-ID: <big-1@example.org>").doesNotContain("xxxx");
        assertThat(exchange.getIn().getHeader(MailConstants.MAIL_MOVE_TO)).isEqualTo("Failed");
    }

    private Exchange fetched(byte[] raw, String uid) throws MessagingException {
        return fetched(new MimeMessage(SESSION, new ByteArrayInputStream(raw)), uid);
    }

    /** As camel-mail's consumer hands a mail over: the message unmapped, its uid as a property. */
    private Exchange fetched(MimeMessage message, String uid) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setIn(new MailMessage(exchange, message, false));
        exchange.setProperty(MailConsumer.MAIL_MESSAGE_UID, uid);
        return exchange;
    }

    private long total() {
        return store.report(Instant.now()).total();
    }

    private static byte[] mail(String messageId, String text) {
        return ("From: Anna Example <anna@example.org>\r\nTo: support@example.com\r\nSubject: Kettle\r\n"
                + "Date: Sun, 22 Nov 2026 09:30:00 +0100\r\nMessage-ID: <" + messageId + ">\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
