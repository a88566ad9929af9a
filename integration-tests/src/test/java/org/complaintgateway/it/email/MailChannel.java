package org.complaintgateway.it.email;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.complaintgateway.it.support.DeliveredComplaints;
import org.complaintgateway.it.support.Ledger;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.routes.store.LedgerState;

/**
 * A gateway polling one {@link MailServer} mailbox every second as channel {@code support-mail}, delivering to the
 * local sink: what the e-mail channel's tests start from.
 */
final class MailChannel implements AutoCloseable {

    static final String CHANNEL_ID = "support-mail";
    /** Two polls of one second, and the time to journal and deliver. */
    static final Duration WITHIN = Duration.ofSeconds(15);

    final MailServer mail;
    final TestGateway gateway;
    final DeliveredComplaints delivered;
    final Ledger ledger;

    private MailChannel(MailServer mail, TestGateway gateway, Path dir) {
        this.mail = mail;
        this.gateway = gateway;
        this.delivered = new DeliveredComplaints(dir.resolve("delivered"));
        this.ledger = new Ledger(gateway);
    }

    /** {@code extraYaml}: more keys of the channel, each line indented by four spaces. */
    static MailChannel start(Path dir, String protocol, String extraYaml) {
        return start(dir, protocol, extraYaml, UnaryOperator.identity());
    }

    static MailChannel start(Path dir, String protocol, String extraYaml, UnaryOperator<TestGateway.Builder> more) {
        MailServer mail = MailServer.start();
        try {
            MailServer.writePasswordFile(dir);
            TestGateway.Builder builder = TestGateway.builder(dir)
                    .channel(mail.channelYaml(CHANNEL_ID, protocol, "    pollEvery: 1s\n" + extraYaml));
            return new MailChannel(mail, more.apply(builder).build().start(), dir);
        } catch (RuntimeException e) {
            mail.close();
            throw e;
        }
    }

    /** Waits until {@code count} complaints reached the sink and returns them, each checked against the schema. */
    List<JsonNode> awaitDelivered(int count) {
        await().atMost(WITHIN).until(() -> delivered.count() >= count);
        return delivered.all();
    }

    void awaitLedger(LedgerState state, long count) {
        await().atMost(WITHIN).until(() -> ledger.count(state) == count);
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            mail.close();
        }
    }
}
