package org.complaintgateway.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load from {@code clients} threads, each POSTing one complaint and waiting for the answer before the
 * next, through one {@link HttpClient} on HTTP/1.1 (a keep-alive connection per client), until a
 * deadline or a request count. Closed loop by default; with a rate, each client also waits for its
 * next slot of a fixed schedule. Every complaint has its own sender e-mail and Idempotency-Key.
 */
final class LoadGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final String runTag;
    private final HttpClient http;
    private final AtomicLong sequence = new AtomicLong();

    LoadGenerator(URI url, String runTag) {
        this.url = url;
        this.runTag = runTag;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Runs until {@code deadline} ({@link System#nanoTime}) or {@code maxRequests}; {@code rate} complaints/s
     * from all clients together, 0 for as fast as they are answered. Returns every sample.
     */
    List<Sample> run(int clients, int rate, long deadline, long maxRequests) throws InterruptedException {
        long interval = rate == 0 ? 0 : Math.max(1, 1_000_000_000L * clients / rate);
        List<List<Sample>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Sample> samples = new ArrayList<>();
            perClient.add(samples);
            // Clients start spread over one interval, so a fixed rate does not arrive in bursts of {@code clients}.
            long first = System.nanoTime() + interval * c / clients;
            Thread thread = new Thread(() -> loop(samples, first, interval, deadline, maxRequests),
                    "load-" + runTag + "-" + c);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        return perClient.stream().flatMap(List::stream).toList();
    }

    private void loop(List<Sample> samples, long first, long interval, long deadline, long maxRequests) {
        long slot = first;
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            // A client that fell behind its schedule sends at once: the rate is then what the system allows.
            LockSupport.parkNanos(slot - System.nanoTime());
            slot += interval;
            long n = sequence.incrementAndGet();
            if (n > maxRequests) {
                return;
            }
            samples.add(send(n));
        }
    }

    private Sample send(long n) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", runTag + "-" + n)
                .POST(HttpRequest.BodyPublishers.ofString(complaintJson(n), StandardCharsets.UTF_8))
                .build();
        long sentAt = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long answeredAt = System.nanoTime();
            String id = response.statusCode() == 202 ? idOf(response.body()) : null;
            waitAsAsked(response);
            return new Sample(sentAt, answeredAt, response.statusCode(), id);
        } catch (IOException e) {
            return new Sample(sentAt, System.nanoTime(), Sample.FAILED, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(sentAt, System.nanoTime(), Sample.FAILED, null);
        }
    }

    /**
     * A polite client: told 503 or 429 with {@code Retry-After}, it waits that long before its next
     * complaint, as the gateway's answer asks (and as a browser user or a well-behaved API client would).
     */
    private static void waitAsAsked(HttpResponse<String> response) {
        if (response.statusCode() != 503 && response.statusCode() != 429) {
            return;
        }
        response.headers().firstValue("Retry-After").ifPresent(seconds -> {
            try {
                LockSupport.parkNanos(java.util.concurrent.TimeUnit.SECONDS.toNanos(Long.parseLong(seconds.trim())));
            } catch (NumberFormatException notSeconds) {
                // the gateway sends seconds; anything else is not a wish we can read
            }
        });
    }

    private static String idOf(String body) {
        try {
            JsonNode id = JSON.readTree(body).get("id");
            return id == null ? null : id.asText();
        } catch (IOException e) {
            return null;
        }
    }

    /** A small realistic complaint; the sender differs per request so a per-sender limit never groups them. */
    private String complaintJson(long n) {
        return "{\"name\":\"Bench Customer " + n + "\",\"email\":\"bench-" + runTag + "-" + n + "@example.org\","
                + "\"subject\":\"Late delivery " + n + "\","
                + "\"message\":\"My order " + n + " arrived two weeks late and the box was damaged. Please call me back.\"}";
    }
}
