package org.complaintgateway.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.complaintgateway.mappings.Sha256;

/**
 * What a downstream that keeps every file does with a complaint: it answers the delivery at once and, from a queue
 * worked by {@value #WORKERS} threads, fetches each attachment the complaint carries by link from the gateway and
 * checks the bytes against the size and SHA-256 the complaint gives. A drain is over when the last complaint has
 * arrived and the last linked file has been fetched.
 */
final class LinkedFiles implements AutoCloseable {

    static final int WORKERS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] REFERENCE = "\"reference\"".getBytes(StandardCharsets.US_ASCII);

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, task -> {
        Thread thread = new Thread(task, "sink-files");
        thread.setDaemon(true);
        return thread;
    });
    private final Object idle = new Object();
    private int queued;
    private long lastFetched;

    /** Queues the linked files of {@code complaintJson}, if it has any. */
    void fetchLater(byte[] complaintJson) {
        if (!contains(complaintJson, REFERENCE)) {
            return; // nothing by link: most complaints, and every one of another channel
        }
        synchronized (idle) {
            queued++;
        }
        workers.execute(() -> {
            fetchAll(complaintJson);
            synchronized (idle) {
                queued--;
                lastFetched = System.nanoTime();
                idle.notifyAll();
            }
        });
    }

    /**
     * Waits until the queue is empty or {@code deadline} ({@link System#nanoTime}) passed; the nanoTime of the last
     * fetch, or 0 when none was made.
     */
    long awaitIdle(long deadline) throws InterruptedException {
        synchronized (idle) {
            while (queued > 0 && System.nanoTime() < deadline) {
                idle.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            return lastFetched;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** Fetches and checks every linked file of {@code complaintJson}; false when one could not be had as described. */
    boolean fetchAll(byte[] complaintJson) {
        try {
            for (JsonNode attachment : JSON.readTree(complaintJson).path("attachments")) {
                if (attachment.hasNonNull("reference") && !fetch(attachment)) {
                    failures.incrementAndGet();
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            failures.incrementAndGet();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Files fetched and checked, their bytes, and complaints whose files could not all be had. */
    String describe() {
        return String.format(Locale.ROOT, "%d linked files fetched (%.1f MB), %d failed", files.get(),
                bytes.get() / (double) (1 << 20), failures.get());
    }

    long failures() {
        return failures.get();
    }

    private boolean fetch(JsonNode attachment) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(attachment.path("reference").asText()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] file = answer.body();
        if (answer.statusCode() != 200 || file.length != attachment.path("size").asLong()
                || !Sha256.hex(file).equals(attachment.path("sha256").asText())) {
            return false;
        }
        files.incrementAndGet();
        bytes.addAndGet(file.length);
        return true;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
