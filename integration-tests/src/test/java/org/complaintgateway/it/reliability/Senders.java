package org.complaintgateway.it.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.complaintgateway.it.email.MailServer;
import org.complaintgateway.it.reliability.FaultInput.Source;
import org.complaintgateway.it.telegram.FakeTelegramBotApi;

/**
 * The customers and providers of a fault run: a new input every {@code period} on a channel drawn from the seed, each
 * sent until its source acknowledges it, as the real senders do. The web API's client and the webhook providers retry
 * on every non-2xx answer and on every broken connection (the API's with the same Idempotency-Key); mail waits for
 * the mail server while it is down (it is then in the sender's queue, not yet acknowledged); Telegram holds updates
 * until the bot confirms them. Every HTTP answer is kept, so that a run can check what was answered when.
 */
final class Senders implements AutoCloseable {

    /** One HTTP answer: when the request was sent and answered, and its status; 0 when the connection broke. */
    record Answer(Source source, long sentAtNanos, long answeredAtNanos, int status) {
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final long RETRY_AFTER_MS = 300;

    private final Map<Source, URI> urls;
    private final MailServer mail;
    private final Object mailServerLock;
    private final FakeTelegramBotApi telegram;
    private final SplittableRandom channels;
    /** HTTP/1.1, as webhook providers send: the JDK's default, HTTP/2 over cleartext, would run into stream limits. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledThreadPoolExecutor schedule = Clocks.named("fault-senders");
    private final Executor retryLater = CompletableFuture.delayedExecutor(RETRY_AFTER_MS, TimeUnit.MILLISECONDS);
    private final Map<Integer, FaultInput> unacknowledged = new ConcurrentHashMap<>();
    private final Queue<FaultInput> sent = new ConcurrentLinkedQueue<>();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();
    private volatile boolean closed;

    /**
     * {@code mailServerLock}: held by whoever stops and starts the mail server, so that no mail is put into a server
     * being taken down.
     */
    Senders(Map<Source, URI> urls, MailServer mail, Object mailServerLock, FakeTelegramBotApi telegram,
            SplittableRandom channels) {
        this.urls = urls;
        this.mail = mail;
        this.mailServerLock = mailServerLock;
        this.telegram = telegram;
        this.channels = channels;
    }

    /** Starts a new input every {@code period} until {@link #stopNewInputs()}. */
    void start(Duration period) {
        schedule.scheduleAtFixedRate(this::sendNext, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Inputs already started go on until acknowledged. */
    void stopNewInputs() {
        Clocks.stop(schedule);
    }

    List<FaultInput> inputs() {
        return List.copyOf(sent);
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    int unacknowledged() {
        return unacknowledged.size();
    }

    /** HTTP requests sent and not yet answered: a kill now lands while the gateway receives or journals them. */
    int inFlight() {
        return inFlight.get();
    }

    private void sendNext() {
        Source[] sources = Source.values();
        FaultInput input = new FaultInput(next.getAndIncrement(), sources[channels.nextInt(sources.length)]);
        sent.add(input);
        unacknowledged.put(input.number(), input);
        switch (input.source()) {
            case WEB_API -> post(input, body -> request(Source.WEB_API, body)
                    .header("Idempotency-Key", "fault-" + input.marker()), input.webApiBody());
            case GENERIC_WEBHOOK -> post(input, body -> signed(Source.GENERIC_WEBHOOK, SenderProof.HMAC_HEADER, body),
                    input.genericWebhookBody());
            case WHATSAPP -> post(input, body -> signed(Source.WHATSAPP, SenderProof.META, body), input.whatsAppBody());
            case SLACK -> post(input, body -> signed(Source.SLACK, SenderProof.SLACK, body), input.slackBody());
            case EMAIL -> putIntoMailbox(input);
            case TELEGRAM -> {
                telegram.enqueue(input.telegramUpdate());
                unacknowledged.remove(input.number());
            }
        }
    }

    private HttpRequest.Builder request(Source source, byte[] body) {
        return HttpRequest.newBuilder(urls.get(source)).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** Proven anew on each attempt, as a provider does: Slack's signature carries the time it was made. */
    private HttpRequest.Builder signed(Source source, SenderProof proof, byte[] body) {
        HttpRequest.Builder request = request(source, body);
        proof.prove(request, body);
        return request;
    }

    private void post(FaultInput input, Function<byte[], HttpRequest.Builder> request, byte[] body) {
        long sentAt = System.nanoTime();
        inFlight.incrementAndGet();
        http.sendAsync(request.apply(body).build(), HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    inFlight.decrementAndGet();
                    int status = failure == null ? response.statusCode() : 0;
                    answers.add(new Answer(input.source(), sentAt, System.nanoTime(), status));
                    if (status / 100 == 2) {
                        unacknowledged.remove(input.number());
                    } else if (!closed) {
                        CompletableFuture.runAsync(() -> post(input, request, body), retryLater);
                    }
                    return null;
                });
    }

    private void putIntoMailbox(FaultInput input) {
        synchronized (mailServerLock) {
            if (mail.running()) {
                mail.deliver(input.mail(MailServer.ADDRESS));
                unacknowledged.remove(input.number());
                return;
            }
        }
        if (!closed) {
            CompletableFuture.runAsync(() -> putIntoMailbox(input), retryLater);
        }
    }

    @Override
    public void close() {
        closed = true;
        Clocks.stop(schedule);
    }
}
