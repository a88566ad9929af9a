package org.complaintgateway.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The downstream of both systems: a loopback HTTP server in this JVM that answers 200 to every POST
 * and records when the first delivery of each {@code Idempotency-Key} arrived ({@link System#nanoTime}).
 * The JDK's own server, so the sink shares no code (no Vert.x, no Camel) with what it measures.
 */
final class DeliverySink implements AutoCloseable {

    static final String PATH = "/crm/complaints";

    static {
        // Without TCP_NODELAY a small answer can wait for a delayed ACK (tens of milliseconds) and skew latencies.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicInteger waiters = new AtomicInteger();
    private final Object arrived = new Object();
    private final LinkedFiles linkedFiles;

    private DeliverySink(HttpServer server, ExecutorService executor, LinkedFiles linkedFiles) {
        this.server = server;
        this.executor = executor;
        this.linkedFiles = linkedFiles;
    }

    static DeliverySink start() {
        return start(null);
    }

    /** A sink that also fetches every file a complaint carries by link, as {@link LinkedFiles} says. */
    static DeliverySink fetchingLinkedFiles() {
        return start(new LinkedFiles());
    }

    /** What the sink fetched by link, or empty when it does not fetch. */
    Optional<LinkedFiles> linkedFiles() {
        return Optional.ofNullable(linkedFiles);
    }

    private static DeliverySink start(LinkedFiles linkedFiles) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
            AtomicInteger threads = new AtomicInteger();
            ExecutorService executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "sink-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            DeliverySink sink = new DeliverySink(server, executor, linkedFiles);
            server.createContext(PATH, sink::handle);
            server.setExecutor(executor);
            server.start();
            return sink;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the delivery sink", e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** Idempotency-Key → nanoTime of its first delivery. */
    Map<String, Long> arrivals() {
        return arrivals;
    }

    /** {@link System#nanoTime} of the latest first delivery of a key, or {@code otherwise} before any. */
    long lastArrival(long otherwise) {
        return arrivals.values().stream().mapToLong(Long::longValue).max().orElse(otherwise);
    }

    /** Deliveries of a key that had already arrived: allowed by at-least-once, worth reporting. */
    long duplicates() {
        return duplicates.get();
    }

    /** Waits until every key has arrived or {@code timeout} passed; true when all arrived. */
    boolean awaitAll(Collection<String> keys, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> missing = new ArrayList<>(keys);
        waiters.incrementAndGet();
        try {
            synchronized (arrived) {
                missing.removeIf(arrivals::containsKey);
                while (!missing.isEmpty()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    arrived.wait(Math.max(1, left / 1_000_000));
                    missing.removeIf(arrivals::containsKey);
                }
                return true;
            }
        } finally {
            waiters.decrementAndGet();
        }
    }

    /** Waits until {@code count} distinct keys have arrived or {@code timeout} passed; true when they have. */
    boolean awaitCount(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        waiters.incrementAndGet();
        try {
            synchronized (arrived) {
                while (arrivals.size() < count) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    arrived.wait(Math.max(1, left / 1_000_000));
                }
                return true;
            }
        } finally {
            waiters.decrementAndGet();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        try (InputStream body = exchange.getRequestBody()) {
            if (linkedFiles == null) {
                body.transferTo(OutputStream.nullOutputStream());
            } else {
                linkedFiles.fetchLater(body.readAllBytes());
            }
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        // A delivery without a key matches no complaint: it leaves one undelivered, which the report shows.
        if (key != null && arrivals.putIfAbsent(key, now) != null) {
            duplicates.incrementAndGet();
        }
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
        // Only a drain is waiting; during the load nobody is, and arrivals skip the monitor.
        if (waiters.get() > 0) {
            synchronized (arrived) {
                arrived.notifyAll();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        linkedFiles().ifPresent(LinkedFiles::close);
    }
}
