package org.complaintgateway.it.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import org.complaintgateway.it.support.HealthReport;
import org.complaintgateway.routes.email.EmailChannelRoute;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mail server goes away and comes back: the channel's health check says so, DOWN then UP, and polling resumes
 * on its own with nothing lost.
 */
class MailServerOutageTest {

    @TempDir
    Path dir;

    @AutoClose
    MailChannel channel;

    @Test
    void healthFollowsTheMailServerAndPollingResumesWhenItIsBack() {
        channel = MailChannel.start(dir, "imap", "");
        String consumer = "consumer:" + EmailChannelRoute.routeId(MailChannel.CHANNEL_ID);
        channel.mail.deliver(TestMails.complaint("before-1@example.org", "Late parcel", "Still waiting.\n"));
        channel.awaitDelivered(1);
        await().atMost(MailChannel.WITHIN).until(() -> HealthReport.of(channel.gateway).check(consumer).orElse(""), "UP"::equals);

        channel.mail.stop();

        await().atMost(MailChannel.WITHIN).untilAsserted(() -> {
            HealthReport down = HealthReport.of(channel.gateway);
            assertThat(down.check(consumer)).contains("DOWN");
            assertThat(down.status()).isEqualTo("DOWN");
        });

        channel.mail.startAgain();
        channel.mail.deliver(TestMails.complaint("after-1@example.org", "Late parcel", "Still waiting, again.\n"));

        channel.awaitDelivered(2);
        await().atMost(MailChannel.WITHIN).until(() -> HealthReport.of(channel.gateway).check(consumer).orElse(""), "UP"::equals);
        channel.awaitLedger(LedgerState.FORWARDED, 2);
        assertThat(channel.ledger.total()).isEqualTo(2);
    }
}
