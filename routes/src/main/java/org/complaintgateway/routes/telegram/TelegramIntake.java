package org.complaintgateway.routes.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.complaintgateway.config.TelegramChannelConfig;
import org.complaintgateway.mappings.MappingResult;
import org.complaintgateway.mappings.telegram.DownloadedFile;
import org.complaintgateway.mappings.telegram.FileRef;
import org.complaintgateway.mappings.telegram.SkippedFile;
import org.complaintgateway.mappings.telegram.TelegramBundle;
import org.complaintgateway.mappings.telegram.TelegramFiles;
import org.complaintgateway.mappings.telegram.TelegramKeys;
import org.complaintgateway.routes.pipeline.FailedAttempts;
import org.complaintgateway.routes.pipeline.JournalingIntake;
import org.complaintgateway.routes.store.AppendOutcome;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.NewMessage;
import org.complaintgateway.routes.store.Normalization;
import org.complaintgateway.routes.store.Store;
import org.complaintgateway.routes.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one Telegram update in: downloads the files its message carries (getFile, then the file), and journals the
 * update with them as one bundle, normalized in the same commit. The bundle, not the bare update, is what the journal
 * keeps, so that mapping stays a pure function of the journal and a replay needs no Telegram. The dedupe key is the
 * update id: an update that comes again (not yet confirmed, or posted twice to the webhook) is a DUPLICATE. With a
 * merge window, a message that may be a complaint is journaled WAITING, for the {@link TelegramMerger}.
 *
 * <p>A download that fails is tried again with the update (nothing is journaled, the update stays unconfirmed);
 * after {@code maxAttempts} the update is journaled without that file, and the complaint says a file was dropped.
 */
public final class TelegramIntake {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramIntake.class);
    private static final String CONTENT_TYPE = "application/json";

    private final TelegramChannelConfig channel;
    private final BotApi api;
    private final Store store;
    private final TelegramMapping mapping;
    private final JournalingIntake polling;
    private final FailedAttempts attempts = new FailedAttempts();

    public TelegramIntake(TelegramChannelConfig channel, BotApi api, Store store, TelegramMapping mapping,
                          JournalingIntake polling) {
        this.channel = channel;
        this.api = api;
        this.store = store;
        this.mapping = mapping;
        this.polling = polling;
    }

    /** Whether the bot's identity is known, which group messages are judged by. */
    public boolean ready() {
        return mapping.identified();
    }

    /** Asks getMe who the bot is; the answer, for the caller to judge when it failed. */
    public BotAnswer identifyBot() {
        BotAnswer me = api.getMe();
        if (me.ok() && me.result() != null) {
            mapping.identify(me.result().path("username").asText(null), me.result().path("id").asLong());
        }
        return me;
    }

    /**
     * Journals the update; when this returns, it is committed (or was a duplicate). Throws when it could not be
     * journaled: the caller must not confirm it.
     */
    public AppendOutcome take(JsonNode update) {
        return submit(update).await();
    }

    /**
     * Downloads the update's files and starts journaling it, without waiting for the commit: the updates of one
     * getUpdates answer are committed together. {@link Submitted#await} each, in order, before confirming them.
     * Throws when the update could not even be prepared (a download failed): nothing of it was journaled.
     */
    public Submitted submit(JsonNode update) {
        long updateId = update.path("update_id").asLong(-1);
        String attemptKey = Long.toString(updateId);
        try {
            Optional<MappingResult.Ignored> ignored = mapping.ignored(update);
            // an update that is no complaint is recorded at once, without its files
            TelegramBundle bundle = ignored.isPresent() ? new TelegramBundle(update, List.of(), List.of())
                    : bundle(update, attemptKey);
            NewMessage message = message(update, updateId, bundle.toBytes());
            JournalingIntake.Journaling journaling = ignored.isEmpty() && !channel.mergeWindow().isZero()
                    ? polling.waitLater(message) // the TelegramMerger makes it (and what follows it) a complaint
                    : polling.journalLater(message, mapping.mapper(bundle));
            return new Submitted(updateId, () -> {
                AppendOutcome outcome = journaling.await();
                attempts.forget(attemptKey);
                return outcome;
            });
        } catch (StoreUnavailableException e) {
            throw e; // not the update's fault: tried again without counting
        } catch (RuntimeException e) {
            FailedAttempts.Failure failure = attempts.failed(attemptKey, e.getMessage());
            if (failure.count() < channel.maxAttempts()) {
                throw e;
            }
            AppendOutcome quarantined = quarantine(update, updateId, failure);
            return new Submitted(updateId, () -> quarantined);
        }
    }

    /** An update whose journaling has started. */
    public static final class Submitted {
        private final long updateId;
        private final Supplier<AppendOutcome> committed;

        private Submitted(long updateId, Supplier<AppendOutcome> committed) {
            this.updateId = updateId;
            this.committed = committed;
        }

        public long updateId() {
            return updateId;
        }

        /** Waits until it is committed; throws when it was not, and then it must not be confirmed. */
        public AppendOutcome await() {
            return committed.get();
        }
    }

    private TelegramBundle bundle(JsonNode update, String attemptKey) {
        List<DownloadedFile> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        boolean lastAttempt = attempts.of(attemptKey).map(FailedAttempts.Failure::count).orElse(0) + 1
                >= channel.maxAttempts();
        for (FileRef file : TelegramFiles.wanted(update)) {
            Optional<String> tooLarge = tooLarge(file.declaredSize());
            if (tooLarge.isPresent()) {
                skipped.add(new SkippedFile(file.fileId(), tooLarge.get()));
                continue;
            }
            try {
                files.add(download(file));
            } catch (BotApiException e) {
                if (e.permanent() || lastAttempt) {
                    skipped.add(new SkippedFile(file.fileId(), e.getMessage()));
                } else {
                    throw e;
                }
            }
        }
        return new TelegramBundle(update, files, skipped);
    }

    private DownloadedFile download(FileRef file) {
        BotAnswer answer = api.getFile(file.fileId());
        if (!answer.ok()) {
            // 400 is Telegram's answer for a file it will not serve (too big, gone): asking again cannot help
            throw new BotApiException("getFile " + (answer.status() == 0 ? "got " : "answered " + answer.status() + ": ")
                    + answer.description(), answer.status() == 400);
        }
        String path = answer.result().path("file_path").asText(null);
        if (path == null) {
            throw new BotApiException("getFile gave no file_path", true);
        }
        Optional<String> tooLarge = tooLarge(answer.result().has("file_size") ? answer.result().path("file_size").asLong() : null);
        if (tooLarge.isPresent()) {
            throw new BotApiException(tooLarge.get(), true);
        }
        return new DownloadedFile(file.fileId(), path, api.download(path, channel.maxFileBytes()));
    }

    private Optional<String> tooLarge(Long size) {
        if (size == null || size <= channel.maxFileBytes()) {
            return Optional.empty();
        }
        return Optional.of("larger than the channel's maxFileSize (" + size + " bytes, the limit is "
                + channel.maxFileBytes() + ")");
    }

    /** Fails every time before it could be journaled: kept as it came, with why, and the bot moves on. */
    private AppendOutcome quarantine(JsonNode update, long updateId, FailedAttempts.Failure failure) {
        String reason = "failed " + failure.count() + " times before it could be journaled; last: " + failure.lastReason();
        byte[] bundle = TelegramBundle.toBytes(update, List.of(), List.of());
        AppendOutcome outcome = store.appendNormalized(message(update, updateId, bundle),
                entry -> new Normalization.Finish(LedgerState.QUARANTINED, reason), Duration.ZERO);
        attempts.forget(Long.toString(updateId));
        LOG.warn("Telegram channel '{}': update {} was quarantined: {}", channel.id(), updateId, reason);
        return outcome;
    }

    private NewMessage message(JsonNode update, long updateId, byte[] bundle) {
        String updateKey = TelegramKeys.updateKey(updateId);
        String externalKey = TelegramKeys.messageKey(update).orElse(updateKey);
        return new NewMessage(channel.id(), TelegramMapping.CHANNEL_TYPE, externalKey, updateKey, CONTENT_TYPE, bundle);
    }
}
