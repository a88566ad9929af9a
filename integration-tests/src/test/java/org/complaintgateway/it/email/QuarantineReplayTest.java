package org.complaintgateway.it.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.complaintgateway.gateway.GatewayCli;
import org.complaintgateway.mappings.email.EmailKeys;
import org.complaintgateway.routes.store.AppendOutcome;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.Normalization;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quarantine replay} maps a quarantined mail again from its journaled bytes, keeping its id and protocol
 * number, while the gateway runs; a mail quarantined for its size kept only its header and is refused.
 */
class QuarantineReplayTest {

    /** The normalize stage's sweeper takes up messages RECEIVED for over 30 s (docs/pipeline.md). */
    private static final Duration SWEPT_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @AutoClose
    MailChannel channel;

    @Test
    void aQuarantinedMailIsMappedAgainAndDeliveredWithItsIdentity() {
        channel = MailChannel.start(dir, "imap", "");
        byte[] raw = TestMails.complaint("quarantined-1@example.org", "Wrong invoice", "The amount is wrong.\n");
        String key = EmailKeys.messageKey(raw);
        // as an earlier version whose mapper failed on this mail would have left it
        AppendOutcome quarantined = channel.gateway.store().appendNormalized(
                new NewMessage(MailChannel.CHANNEL_ID, "email", key, key, "message/rfc822", raw, "email*"),
                entry -> new Normalization.Finish(LedgerState.QUARANTINED, "mapper failed: simulated bug"),
                Duration.ZERO);
        String id = quarantined.entry().id();
        String config = channel.gateway.configFile().toString();

        assertThat(GatewayCli.execute("quarantine", "list", "--config", config)).isZero();
        assertThat(GatewayCli.execute("quarantine", "replay", "--config", config, "--id", id)).isZero();

        await().atMost(SWEPT_WITHIN).until(() -> state(id) == LedgerState.FORWARDED);
        assertThat(channel.delivered.awaitComplaint(quarantined.entry().protocolNumber()).path("id").asText())
                .isEqualTo(id);
        assertThat(GatewayCli.execute("quarantine", "replay", "--config", config, "--id", id))
                .as("no longer quarantined").isNotZero();
    }

    @Test
    void aMailQuarantinedForItsSizeIsNotReplayedSinceOnlyItsHeaderWasKept() {
        channel = MailChannel.start(dir, "imap", "    maxMessageSize: 64KB\n    maxAttachmentsSize: 64KB\n");
        channel.mail.deliver(TestMails.ofSize("huge-2@example.org", 200 * 1024));
        channel.awaitLedger(LedgerState.QUARANTINED, 1);
        String id = channel.gateway.store().quarantined().get(0).id();
        String config = channel.gateway.configFile().toString();

        assertThat(GatewayCli.execute("quarantine", "replay", "--config", config, "--id", id)).isNotZero();
        assertThat(GatewayCli.execute("quarantine", "replay", "--config", config)).isZero();

        assertThat(state(id)).isEqualTo(LedgerState.QUARANTINED);
    }

    private LedgerState state(String id) {
        return channel.gateway.store().find(id).map(JournalEntry::state).orElseThrow();
    }
}
