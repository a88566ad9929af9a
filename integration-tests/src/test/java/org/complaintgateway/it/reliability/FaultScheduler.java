package org.complaintgateway.it.reliability;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintgateway.it.email.MailServer;
import org.complaintgateway.it.reliability.FaultyDownstream.Mode;

/**
 * The faults of a run besides the kills, on their own clock: every 2 to 6 seconds the downstream answers in a new
 * {@link Mode} (healthy about a third of the time) and each relay starts or stops cutting connections; the
 * downstream goes away entirely once, for the profile's outage; the mail server is stopped for 2 to 5 seconds at
 * moments drawn from the seed. {@link #end()} stops it all and leaves every part healthy.
 */
final class FaultScheduler {

    private final FaultyDownstream downstream;
    private final CuttingRelay imapRelay;
    private final CuttingRelay telegramRelay;
    private final MailServer mail;
    private final Object mailServerLock;
    private final FaultProfile profile;
    private final SplittableRandom random;
    private final ScheduledThreadPoolExecutor clock = Clocks.named("fault-scheduler");
    private final Map<Mode, Integer> windows = new EnumMap<>(Mode.class);
    private final AtomicInteger mailServerRestarts = new AtomicInteger();
    private boolean downstreamOut;

    FaultScheduler(FaultyDownstream downstream, CuttingRelay imapRelay, CuttingRelay telegramRelay, MailServer mail,
                   Object mailServerLock, FaultProfile profile, SplittableRandom random) {
        this.downstream = downstream;
        this.imapRelay = imapRelay;
        this.telegramRelay = telegramRelay;
        this.mail = mail;
        this.mailServerLock = mailServerLock;
        this.profile = profile;
        this.random = random;
    }

    /** The mail server's stops are drawn first, the windows after them on the clock's thread: one order per seed. */
    void start() {
        for (int n = 0; n < profile.mailServerRestarts(); n++) {
            Duration stopAt = Duration.ofMillis(5_000 + random.nextInt(85_000));
            Duration downFor = Duration.ofMillis(2_000 + random.nextInt(3_000));
            at(stopAt, this::stopMailServer);
            at(stopAt.plus(downFor), this::startMailServer);
        }
        at(profile.downstreamOutageAt(), this::downstreamGone);
        at(profile.downstreamOutageAt().plus(profile.downstreamOutage()), this::downstreamBack);
        clock.execute(this::nextWindow);
    }

    /** Stops injecting and makes everything healthy again: the downstream back and accepting, nothing cut. */
    void end() {
        Clocks.stop(clock);
        synchronized (this) {
            downstreamBack();
            downstream.answer(Mode.HEALTHY);
        }
        imapRelay.cutting(false);
        telegramRelay.cutting(false);
        startMailServer();
    }

    /** Windows of each downstream mode so far. */
    synchronized Map<Mode, Integer> windows() {
        return new EnumMap<>(windows);
    }

    int mailServerRestarts() {
        return mailServerRestarts.get();
    }

    private void at(Duration offset, Runnable fault) {
        clock.schedule(fault, offset.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void nextWindow() {
        Mode[] modes = Mode.values();
        Mode mode = random.nextInt(3) == 0 ? Mode.HEALTHY : modes[1 + random.nextInt(modes.length - 1)];
        downstream.answer(mode);
        windows.merge(mode, 1, Integer::sum);
        imapRelay.cutting(random.nextInt(3) == 0);
        telegramRelay.cutting(random.nextInt(3) == 0);
        at(Duration.ofMillis(2_000 + random.nextInt(4_000)), this::nextWindow);
    }

    private synchronized void downstreamGone() {
        downstream.outage();
        downstreamOut = true;
    }

    private synchronized void downstreamBack() {
        if (downstreamOut) {
            downstream.back();
            downstreamOut = false;
        }
    }

    private void stopMailServer() {
        synchronized (mailServerLock) {
            if (mail.running()) {
                mail.stopKeepingInbox();
                mailServerRestarts.incrementAndGet();
            }
        }
    }

    private void startMailServer() {
        synchronized (mailServerLock) {
            if (!mail.running()) {
                mail.startAgain();
            }
        }
    }
}
