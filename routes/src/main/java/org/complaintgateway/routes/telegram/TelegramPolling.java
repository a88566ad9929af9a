package org.complaintgateway.routes.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.support.service.ServiceSupport;
import org.complaintgateway.config.TelegramChannelConfig;
import org.complaintgateway.mappings.telegram.TelegramMapper;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one bot's updates with getUpdates (long polling) on a thread of its own, and takes each one in through the
 * {@link TelegramIntake}, in order.
 *
 * <p>No loss: the offset sent to Telegram confirms every update before it, so it only ever names an update after one
 * that is journaled; the next offset is saved in the store after each batch, so a restart asks from there. An update
 * journaled but not yet confirmed when the gateway dies comes again and is recorded as a DUPLICATE. camel-telegram is
 * not used: it advances its offset in memory even when an exchange failed (DESIGN.md).
 */
public final class TelegramPolling extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramPolling.class);
    /** The update kinds asked for: messages and their edits; channel posts only to record them as ignored. */
    public static final String ALLOWED_UPDATES = "[\"message\",\"edited_message\",\"channel_post\",\"edited_channel_post\"]";
    private static final int LIMIT = 100;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final TelegramChannelConfig channel;
    private final BotApi api;
    private final Store store;
    private final TelegramIntake intake;
    private final TelegramHealth health;
    private final Backoff backoff = new Backoff(LONGEST_WAIT);
    private volatile CountDownLatch stopped = new CountDownLatch(0);
    /** The next update to ask for; -1 until read from the store. Only the polling thread touches it. */
    private long offset = -1;
    private Thread thread;

    public TelegramPolling(TelegramChannelConfig channel, BotApi api, Store store, TelegramIntake intake,
                           TelegramHealth health) {
        this.channel = channel;
        this.api = api;
        this.store = store;
        this.intake = intake;
        this.health = health;
    }

    @Override
    protected void doStart() {
        stopped = new CountDownLatch(1);
        thread = new Thread(this::pollUntilStopped, "telegram-" + channel.id());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    protected void doStop() throws InterruptedException {
        stopped.countDown();
        if (thread != null) {
            thread.interrupt(); // ends a long poll at once
            thread.join(channel.timeout().toMillis());
        }
    }

    private void pollUntilStopped() {
        while (stopped.getCount() > 0) {
            try {
                if (offset < 0) {
                    offset = store.channelCursor(channel.id()).orElse(0);
                }
                if (!intake.ready()) {
                    BotAnswer me = intake.identifyBot();
                    if (!me.ok()) {
                        refused(me);
                        continue;
                    }
                }
                pollOnce();
                backoff.succeeded();
            } catch (StoreUnavailableException e) {
                LOG.warn("Telegram channel '{}': the store is unavailable; the update stays unconfirmed at Telegram "
                        + "and is asked for again: {}", channel.id(), e.getMessage());
                health.down("the store is unavailable: updates wait at Telegram");
                failed(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.warn("Telegram channel '{}': polling failed, trying again: {}", channel.id(), e.toString());
                health.down("polling failed: " + e.getMessage());
                failed(Duration.ZERO);
            }
        }
    }

    /**
     * One getUpdates and the intake of what it brought, in order: each update's files are downloaded and its
     * journaling started, then the commits (grouped: about one for the whole answer) are awaited in order. The offset
     * moves past each update once it is committed, so after a failure the next call asks from the update that failed;
     * the store learns the offset after the batch, or as far as it got.
     */
    private void pollOnce() {
        BotAnswer answer = api.getUpdates(offset, LIMIT, channel.pollTimeout(), ALLOWED_UPDATES);
        if (!answer.ok()) {
            refused(answer);
            return;
        }
        health.up();
        long saved = offset;
        List<TelegramIntake.Submitted> submitted = new ArrayList<>();
        RuntimeException failure = null;
        try {
            long next = offset;
            for (JsonNode update : answer.result()) {
                long updateId = update.path("update_id").asLong(-1);
                if (updateId < next) {
                    continue; // confirmed already: only a misbehaving server sends it
                }
                if (TelegramMapper.refersBack(update) && (failure = awaitInOrder(submitted)) != null) {
                    break; // an edit or reply is mapped against what is committed: its original first
                }
                submitted.add(intake.submit(update));
                next = updateId + 1;
            }
        } catch (RuntimeException e) {
            failure = e; // what was submitted before it is still awaited and confirmed
        }
        RuntimeException committing = awaitInOrder(submitted);
        if (offset > saved) {
            store.advanceChannelCursor(channel.id(), offset);
        }
        if (committing != null || failure != null) {
            throw committing != null ? committing : failure;
        }
    }

    /**
     * Awaits every submitted update, so each hands on or gives back its delivery slot, moves the offset past the
     * committed ones up to the first that failed, and empties the list; returns the first failure, else null.
     */
    private RuntimeException awaitInOrder(List<TelegramIntake.Submitted> submitted) {
        RuntimeException first = null;
        for (TelegramIntake.Submitted update : submitted) {
            try {
                update.await();
                if (first == null) {
                    offset = update.updateId() + 1;
                }
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        submitted.clear();
        return first;
    }

    private void refused(BotAnswer answer) {
        if (stopped.getCount() == 0) {
            return; // the long poll this gateway ended itself, stopping: no failure to report
        }
        String why = switch (answer.status()) {
            case 401, 404 -> "Telegram refuses the bot token (" + answer.describe() + "); check the channel's token";
            case 409 -> "another consumer of this bot is active (" + answer.describe() + "): a webhook is set, or "
                    + "another gateway or program polls the same bot; only one may";
            default -> answer.describe();
        };
        LOG.warn("Telegram channel '{}': {}", channel.id(), why);
        health.down(why);
        failed(Duration.ofSeconds(answer.retryAfterSeconds()));
    }

    private void failed(Duration floor) {
        Duration wait = backoff.failed(floor);
        try {
            stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // stopping: the loop sees it
        }
    }
}
