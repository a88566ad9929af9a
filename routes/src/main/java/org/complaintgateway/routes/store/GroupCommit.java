package org.complaintgateway.routes.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Commits the small writes of many threads together: one writer thread runs every piece of work
 * waiting at that moment in one transaction, and each caller returns after that commit. With
 * {@code WRITE_DELAY=0} every H2 commit writes a chunk of B-tree pages to the file, so under load
 * one commit for many complaints saves most of the store's CPU (DESIGN.md: "win the speed back by
 * committing in batches"); alone, a caller waits for no one. A batch that fails is run again one
 * piece at a time, so one failing piece fails only its own caller. One writer per store serves every kind of
 * write (journal appends and delivered marks): each commit costs about the same whatever it holds, so two writers
 * committing side by side paid for two commits where one would do (a quarter of the store's CPU, measured).
 */
final class GroupCommit implements AutoCloseable {

    private static final int MAX_BATCH = 64;

    private record Pending<T>(String operation, SqlWork<T> work, CompletableFuture<T> result) {
        void runAlone(Transactions transactions) {
            try {
                result.complete(transactions.run(operation, work));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }
    }

    private final Transactions transactions;
    private final Unreachable unreachable;
    private final BlockingQueue<Pending<?>> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    /**
     * {@code unreachable}: the store's memory of the database being down, so that a batch fails at once meanwhile.
     * {@code name}: of the writer thread.
     */
    GroupCommit(Transactions transactions, String name, Unreachable unreachable) {
        this.transactions = transactions;
        this.unreachable = unreachable;
        this.writer = new Thread(this::writeUntilClosed, name);
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Runs {@code work} in the next group transaction and returns its result once that is committed; {@code operation}
     * names it in failures.
     */
    <T> T run(String operation, SqlWork<T> work) {
        return await(submit(operation, work), operation);
    }

    /**
     * Queues {@code work} for a group transaction and returns at once; the future completes when it is committed.
     * Works run in the order they were submitted, so one caller's works keep their order.
     */
    <T> CompletableFuture<T> submit(String operation, SqlWork<T> work) {
        if (closed) {
            return CompletableFuture.failedFuture(new StoreUnavailableException(operation + ": the store is closed", null));
        }
        Pending<T> pending = new Pending<>(operation, work, new CompletableFuture<>());
        waiting.add(pending);
        return pending.result();
    }

    /** The result of a submitted work, its failure rethrown as it was raised. */
    static <T> T await(CompletableFuture<T> committed, String operation) {
        try {
            return committed.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException(operation + ": interrupted while waiting for the commit", e);
        }
    }

    private void writeUntilClosed() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !waiting.isEmpty()) {
            try {
                Pending<?> first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending<?>> batch) {
        List<Object> results;
        // a failure of the batch as a whole reaches every caller in it, so it names what they were doing
        String operation = batch.stream().map(Pending::operation).distinct().collect(Collectors.joining(" and "));
        try {
            results = unreachable.guard(operation, () -> transactions.run(operation, connection -> {
                List<Object> done = new ArrayList<>(batch.size());
                for (Pending<?> pending : batch) {
                    done.add(pending.work().apply(connection));
                }
                return done;
            }));
        } catch (RuntimeException e) {
            if (SqlFailures.unreachable(e) || batch.size() == 1) {
                // unreachable: every piece alone would wait out the pool's timeout again; one piece: it has been alone
                batch.forEach(pending -> pending.result().completeExceptionally(e));
            } else {
                batch.forEach(pending -> pending.runAlone(transactions));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), results.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Pending<T> pending, Object result) {
        pending.result().complete((T) result);
    }

    /** Lets the writer finish what is waiting, then stops it. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
