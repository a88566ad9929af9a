package org.complaintgateway.it.reliability;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The single-threaded schedulers a fault run keeps its own time with: daemon threads, so a failed run leaves none. */
final class Clocks {

    private Clocks() {
    }

    /** Once stopped, it drops what was scheduled for later, one-shot or periodic. */
    static ScheduledThreadPoolExecutor named(String name) {
        ScheduledThreadPoolExecutor clock = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        clock.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        clock.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        return clock;
    }

    /** Starts nothing more and waits (at most 10 s) for what is running to finish: nothing is cut off halfway. */
    static void stop(ScheduledThreadPoolExecutor clock) {
        clock.shutdown();
        try {
            clock.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
