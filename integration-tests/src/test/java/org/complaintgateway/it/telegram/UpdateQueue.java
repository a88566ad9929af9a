package org.complaintgateway.it.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The bot's pending updates and who may take them, by the rules of the real server (tdlib/telegram-bot-api,
 * {@code Client::do_get_updates}): an update stays until an offset above it confirms it, so an update handed out but
 * not confirmed comes back; one long poll waits at a time; getUpdates is refused while a webhook is set.
 */
final class UpdateQueue {

    /**
     * Real update ids start at a random large number, never at 1 (and jump after a week without updates), so a client
     * that treats small ids or 0 specially shows up here too.
     */
    static final long FIRST_UPDATE_ID = 500_000_001L;

    static final String WEBHOOK_ACTIVE = "Conflict: can't use getUpdates method while webhook is active; "
            + "use deleteWebhook to delete the webhook first";
    static final String TERMINATED_BY_OTHER_POLL =
            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
    static final String TERMINATED_BY_SET_WEBHOOK = "Conflict: terminated by setWebhook request";

    /** The real queue ignores an offset more than this beyond its tail ("Specified from_id is in the future"). */
    private static final long FUTURE_OFFSET_TOLERANCE = 10;

    /** What a getUpdates call gets: updates (maybe none), or a 409 with the real server's description. */
    sealed interface Polled permits Delivered, Conflict {
    }

    record Delivered(List<ObjectNode> updates) implements Polled {
    }

    record Conflict(String description) implements Polled {
    }

    /** A long poll waiting for updates; another poll or a setWebhook may end it. */
    private static final class Waiting {
        String terminatedBy;
    }

    private final TreeMap<Long, ObjectNode> pending = new TreeMap<>();
    private long nextUpdateId = FIRST_UPDATE_ID;
    private long confirmedBelow;
    private long lastOffsetRequested;
    private Waiting waiting;
    private Webhook webhook;
    private List<String> allowedUpdates = List.of();
    private boolean closed;

    /** Stores a copy; assigns the next update_id when the update has none. Returns the update_id. */
    synchronized long enqueue(ObjectNode update) {
        ObjectNode copy = update.deepCopy();
        JsonNode given = copy.get("update_id");
        long id = given == null ? nextUpdateId : given.asLong();
        if (id < nextUpdateId) {
            throw new IllegalArgumentException("update_id " + id + " is below " + nextUpdateId
                    + ": the Bot API's update ids only grow");
        }
        copy.put("update_id", id);
        pending.put(id, copy);
        nextUpdateId = id + 1;
        notifyAll();
        return id;
    }

    /**
     * getUpdates: records {@code allowedUpdates} when given, confirms by {@code offset}, then returns up to
     * {@code limit} pending updates, waiting up to {@code timeout} when there are none. Interrupted (the fake stops):
     * the poll gives up its place and rethrows.
     */
    synchronized Polled poll(long offset, int limit, Duration timeout, Optional<List<String>> allowedUpdates)
            throws InterruptedException {
        if (webhook != null) {
            return new Conflict(WEBHOOK_ACTIVE);
        }
        allowedUpdates.ifPresent(this::allowUpdates);
        lastOffsetRequested = offset;
        long from = confirm(offset);
        List<ObjectNode> ready = ready(from, limit);
        if (!ready.isEmpty() || timeout.isZero() || closed) {
            return new Delivered(ready);
        }
        // as the real server, only a call that is about to wait ends the one waiting
        terminateWaiting(TERMINATED_BY_OTHER_POLL);
        Waiting me = new Waiting();
        waiting = me;
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (me.terminatedBy == null && ready.isEmpty() && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
                ready = ready(from, limit);
            }
        } finally {
            if (waiting == me) {
                waiting = null;
            }
        }
        return me.terminatedBy != null ? new Conflict(me.terminatedBy) : new Delivered(ready);
    }

    /** True when the webhook changed (or pending updates were dropped): "Webhook was set", else "is already set". */
    synchronized boolean setWebhook(Webhook next, boolean dropPending) {
        if (next.equals(webhook) && !dropPending) {
            return false;
        }
        terminateWaiting(TERMINATED_BY_SET_WEBHOOK);
        dropPendingIf(dropPending);
        webhook = next;
        return true;
    }

    /** True when a webhook was set: "Webhook was deleted", else "Webhook is already deleted". */
    synchronized boolean deleteWebhook(boolean dropPending) {
        dropPendingIf(dropPending);
        boolean wasSet = webhook != null;
        webhook = null;
        return wasSet;
    }

    /** As the real server: a list with no names puts back the default (every type but a few opt-in ones). */
    synchronized void allowUpdates(List<String> types) {
        allowedUpdates = List.copyOf(types);
    }

    synchronized List<String> allowedUpdates() {
        return allowedUpdates;
    }

    synchronized Optional<Webhook> webhook() {
        return Optional.ofNullable(webhook);
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    synchronized long confirmedBelow() {
        return confirmedBelow;
    }

    synchronized long lastOffsetRequested() {
        return lastOffsetRequested;
    }

    synchronized boolean longPollWaiting() {
        return waiting != null;
    }

    /** Answers the waiting long poll (with what it has, usually nothing) and every later one at once. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /**
     * Forgets what {@code offset} confirms and returns the first update_id to hand out. A negative offset keeps only
     * the last {@code -offset} updates; 0 confirms nothing; an offset far beyond the newest update is ignored, as the
     * real queue ignores one "in the future".
     */
    private long confirm(long offset) {
        if (offset < 0) {
            while (pending.size() > -offset) {
                pending.pollFirstEntry();
            }
            confirmedBelow = Math.max(confirmedBelow, pending.isEmpty() ? nextUpdateId : pending.firstKey());
            return confirmedBelow;
        }
        if (offset == 0 || offset > nextUpdateId + FUTURE_OFFSET_TOLERANCE) {
            return pending.isEmpty() ? nextUpdateId : pending.firstKey();
        }
        pending.headMap(offset).clear();
        confirmedBelow = Math.max(confirmedBelow, offset);
        return offset;
    }

    private List<ObjectNode> ready(long from, int limit) {
        return pending.tailMap(from, true).values().stream().limit(limit).map(ObjectNode::deepCopy).toList();
    }

    private void terminateWaiting(String description) {
        if (waiting != null) {
            waiting.terminatedBy = description;
            waiting = null;
            notifyAll();
        }
    }

    private void dropPendingIf(boolean dropPending) {
        if (dropPending) {
            pending.clear();
            confirmedBelow = nextUpdateId;
        }
    }
}
