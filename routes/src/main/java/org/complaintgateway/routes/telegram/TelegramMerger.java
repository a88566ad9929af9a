package org.complaintgateway.routes.telegram;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintgateway.config.TelegramChannelConfig;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.routes.pipeline.JournalingIntake;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.MergeOutcome;
import org.complaintgateway.routes.store.Normalization;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends merge windows. People type one complaint as several messages; the intake journals each as WAITING, and every
 * second this looks at a channel's waiting messages, grouped by customer and chat: once a group has been quiet for
 * {@code mergeWindow} (since its last message was received), its messages become one complaint, in order, with all
 * their attachments, under the first one's id and protocol number; the others end MERGED into it.
 *
 * <p>The window lives in the journal, not in memory: a restart inside it loses nothing, the merge just happens after
 * the restart. A merge is one transaction; if another gateway merged the same messages first, this one changes nothing.
 */
public final class TelegramMerger implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramMerger.class);
    /** Waiting messages looked at per run; more wait for the next second. */
    private static final int BATCH = 1000;

    private final TelegramChannelConfig channel;
    private final Store store;
    private final TelegramMapping mapping;
    private final TelegramIntake intake;
    private final JournalingIntake polling;
    private final Clock clock;
    private boolean storeWasDown;

    public TelegramMerger(TelegramChannelConfig channel, Store store, TelegramMapping mapping, TelegramIntake intake,
                          JournalingIntake polling, Clock clock) {
        this.channel = channel;
        this.store = store;
        this.mapping = mapping;
        this.intake = intake;
        this.polling = polling;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            mergeQuietThreads();
            storeWasDown = false;
        } catch (StoreUnavailableException e) {
            if (!storeWasDown) {
                LOG.warn("Telegram channel '{}': the store is unavailable, waiting messages are merged once it is "
                        + "back: {}", channel.id(), e.getMessage());
            }
            storeWasDown = true;
        }
    }

    private void mergeQuietThreads() {
        List<JournalEntry> waiting = store.waiting(channel.id(), BATCH);
        if (waiting.isEmpty()) {
            return;
        }
        if (!intake.ready() && !intake.identifyBot().ok()) {
            return; // group messages are judged by the bot's name: wait until Telegram says it
        }
        Map<String, List<JournalEntry>> threads = new LinkedHashMap<>();
        for (JournalEntry entry : waiting) {
            threads.computeIfAbsent(TelegramMapping.thread(entry.raw()), thread -> new ArrayList<>()).add(entry);
        }
        Instant quietSince = clock.instant().minus(channel.mergeWindow());
        for (List<JournalEntry> thread : threads.values()) {
            if (!thread.get(thread.size() - 1).receivedAt().isAfter(quietSince)) {
                merge(thread);
            }
        }
    }

    private void merge(List<JournalEntry> thread) {
        JournalEntry first = thread.get(0);
        MappingResult together = mapping.mapMerged(first, thread.stream().map(JournalEntry::raw).toList());
        if (together instanceof MappingResult.Quarantined && thread.size() > 1) {
            // one unreadable message must not take the others with it: each on its own, and only it quarantined
            thread.forEach(alone -> end(alone, List.of(), mapping.mapMerged(alone, List.of(alone.raw()))));
            return;
        }
        end(first, thread.subList(1, thread.size()).stream().map(JournalEntry::id).toList(), together);
    }

    private void end(JournalEntry first, List<String> merged, MappingResult result) {
        Normalization normalization = polling.normalizer().decide(first, entry -> result);
        polling.withSlot(lease -> store.merge(first.id(), merged, normalization, lease),
                outcome -> outcome.flatMap(MergeOutcome::claimed));
    }
}
