package org.complaintgateway.it.telegram;

import java.util.concurrent.CountDownLatch;

/**
 * Holds requests while the fake is paused: connections are accepted and never answered until it resumes, the hung
 * server that read timeouts exist for (unlike {@link FakeTelegramBotApi#stop()}, which refuses connections).
 */
final class PauseGate {

    private volatile CountDownLatch open = new CountDownLatch(0);

    synchronized void close() {
        if (open.getCount() == 0) {
            open = new CountDownLatch(1);
        }
    }

    void open() {
        open.countDown();
    }

    void awaitOpen() throws InterruptedException {
        open.await();
    }
}
