package org.complaintgateway.routes.email;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Polls again at once after a poll that took mail (Camel's {@code greedy}), so a backlog drains without waiting
 * {@code pollEvery} between polls, but not after a poll in which a mail failed: that mail is still unseen, and a
 * greedy consumer would fetch it again straight away, in a tight loop for as long as, say, the store is down.
 */
final class GreedyUntilFailure extends DefaultPollingConsumerPollStrategy {

    private final AtomicBoolean failedThisPoll = new AtomicBoolean();

    /** A mail of the running poll failed. */
    void failed() {
        failedThisPoll.set(true);
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        failedThisPoll.set(false);
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        if (consumer instanceof ScheduledPollConsumer polling) {
            polling.setGreedy(!failedThisPoll.get());
        }
    }
}
