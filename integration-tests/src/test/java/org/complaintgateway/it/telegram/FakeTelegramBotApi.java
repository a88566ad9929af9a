package org.complaintgateway.it.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Telegram's Bot API server (https://core.telegram.org/bots/api) for tests and benchmarks, on a free loopback port:
 * getUpdates with offsets and long polling, getMe, getFile and file downloads, sendMessage, the webhook methods, and
 * controls to feed updates, register files, inject failures and cause outages.
 *
 * <p>Hand-written on the JDK's HttpServer rather than stubbed with WireMock: getUpdates is stateful (an offset
 * confirms, what is not confirmed comes back) and a long poll waits for an update another thread enqueues, or is
 * ended by a second poll; stubs cannot express that.
 */
public final class FakeTelegramBotApi implements AutoCloseable {

    /** Fake, as every credential in tests; never a string shaped like a real token. */
    public static final String TOKEN = "1234567:fake-test-token";
    /** A real token starts with its bot's id. */
    public static final long BOT_ID = 1_234_567L;
    public static final String BOT_USERNAME = "fake_complaints_bot";

    private static final Pattern REAL_TOKEN_SHAPE = Pattern.compile("\\d{8,10}:[A-Za-z0-9_-]{35}");
    private static final long CLOSE_WITHIN_SECONDS = 2;

    static {
        // The JDK's server leaves Nagle's algorithm on and writes an answer's head and body apart, so every call
        // waited ~45 ms for the client's delayed ACK: the fake, not the gateway, set the pace. Read once, when the
        // first server of this JVM is made, hence here, before any.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final UpdateQueue updates = new UpdateQueue();
    private final FileStore files = new FileStore();
    private final InjectedFaults faults = new InjectedFaults();
    private final PauseGate gate = new PauseGate();
    /** Every request in progress, so close() can let answers to woken long polls go out before it shuts the server. */
    private final Phaser inFlight = new Phaser(1);
    private final BotMethods methods;
    private final BotApiHandler handler;
    private volatile int port;
    private HttpServer server;
    private ExecutorService executor;

    private FakeTelegramBotApi(String token, long botId, String botUsername) {
        if (REAL_TOKEN_SHAPE.matcher(token).matches()) {
            throw new IllegalArgumentException("tests use fake tokens such as " + TOKEN + ", never a real-looking one");
        }
        this.methods = new BotMethods(botId, botUsername, updates, files);
        this.handler = new BotApiHandler(token, methods, files, faults, gate, inFlight);
    }

    /** With {@link #TOKEN}, {@link #BOT_ID} and {@link #BOT_USERNAME}. */
    public static FakeTelegramBotApi start() {
        return start(TOKEN, BOT_ID, BOT_USERNAME);
    }

    /** Accepting {@code token} only, answering getMe as the bot {@code botId} / {@code botUsername}. */
    public static FakeTelegramBotApi start(String token, long botId, String botUsername) {
        FakeTelegramBotApi fake = new FakeTelegramBotApi(token, botId, botUsername);
        fake.listen(0);
        return fake;
    }

    /** What a channel's {@code apiUrl} holds: methods are at {@code <apiUrl>/bot<token>/<method>}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    // --- updates

    /** Queues a copy of {@code update} for getUpdates; assigns the next update_id when it has none. Returns the id. */
    public long enqueue(ObjectNode update) {
        return updates.enqueue(update);
    }

    /** Updates not yet confirmed by an offset, handed out or not. */
    public int pendingCount() {
        return updates.pendingCount();
    }

    /** The highest offset confirmed so far: every update below it is forgotten. 0 before any. */
    public long confirmedBelow() {
        return updates.confirmedBelow();
    }

    /** The offset of the latest getUpdates; 0 when it gave none (the API's default). */
    public long lastOffsetRequested() {
        return updates.lastOffsetRequested();
    }

    /** getUpdates requests with the right token, including those answered by an injected failure. */
    public int getUpdatesCalls() {
        return calls("getUpdates");
    }

    /** Requests of {@code method} (any case) with the right token, including those answered by a failure. */
    public int calls(String method) {
        return handler.calls(method);
    }

    /** True while a getUpdates long poll is waiting for an update. */
    public boolean longPollWaiting() {
        return updates.longPollWaiting();
    }

    /** The allowed_updates the bot last gave (getUpdates or setWebhook); empty: the default. Recorded, not applied. */
    public List<String> allowedUpdates() {
        return updates.allowedUpdates();
    }

    /** The webhook the bot has set, if any; the test reads its url and secret token here. */
    public Optional<Webhook> webhook() {
        return updates.webhook();
    }

    // --- files and messages

    /** A file getFile knows by {@code fileId}; once getFile handed out {@code filePath}, it serves {@code bytes}. */
    public void registerFile(String fileId, String fileUniqueId, String filePath, byte[] bytes) {
        files.register(new FileStore.RegisteredFile(fileId, fileUniqueId, filePath, bytes.length, bytes.clone()));
    }

    /**
     * A file of {@code declaredSize} bytes without holding them: over 20 MB getFile refuses it ("file is too big"),
     * as Telegram does; at most 20 MB it serves that many zero bytes.
     */
    public void registerFileOfSize(String fileId, String fileUniqueId, String filePath, long declaredSize) {
        files.register(new FileStore.RegisteredFile(fileId, fileUniqueId, filePath, declaredSize, null));
    }

    /** The file paths downloaded so far, in order. */
    public List<String> downloads() {
        return files.downloads();
    }

    /** Messages sent through sendMessage, oldest first. */
    public List<SentMessage> sentMessages() {
        return methods.sentMessages();
    }

    // --- failures and outages

    /** The next {@code count} method calls, of any method, fail with {@code status} and its usual description. */
    public void failNext(int count, int status) {
        faults.add(count, BotApiError.of(status));
    }

    /** The next {@code count} calls of {@code method} fail, e.g. 403 "Forbidden: bot was blocked by the user". */
    public void failNext(String method, int count, int status, String description) {
        faults.add(method, count, BotApiError.of(status, description));
    }

    /** The next {@code count} method calls get 429 "Too Many Requests" with {@code retry_after}. */
    public void failNextWith429(int count, int retryAfterSeconds) {
        faults.add(count, BotApiError.tooManyRequests(retryAfterSeconds));
    }

    public void failNextWith429(String method, int count, int retryAfterSeconds) {
        faults.add(method, count, BotApiError.tooManyRequests(retryAfterSeconds));
    }

    /** Requests from now on are accepted and left unanswered until {@link #resume()}: a hung server. */
    /**
     * Pauses the fake when the {@code call}-th call of {@code method} (counting from its start) arrives, before that
     * call is answered, as {@link #pause()} would at that very moment; {@link #resume()} ends it.
     */
    public void pauseAt(String method, int call) {
        handler.pauseAt(method, call);
    }

    public void pause() {
        gate.close();
    }

    public void resume() {
        gate.open();
    }

    /**
     * An outage: the port refuses connections and open ones drop, long polls included. Updates, files and the
     * webhook survive for {@link #restart()}, as they do on Telegram's side.
     */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** Back on the same port after {@link #stop()}. */
    public synchronized void restart() {
        if (server == null) {
            listen(port);
        }
    }

    /** Answers a waiting long poll and paused requests, lets those answers go out, then stops. */
    @Override
    public synchronized void close() {
        updates.close();
        gate.open();
        try {
            inFlight.awaitAdvanceInterruptibly(inFlight.arrive(), CLOSE_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException stillBusy) {
            // a client still reading a big file: stop() closes its connection
        }
        stop();
    }

    private synchronized void listen(int wantedPort) {
        try {
            HttpServer created = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByName("127.0.0.1"), wantedPort), 0);
            created.createContext("/", handler);
            // unbounded: a long poll holds its thread for the whole wait, and must not starve other calls
            executor = Executors.newCachedThreadPool(daemonThreads());
            created.setExecutor(executor);
            created.start();
            server = created;
            port = created.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + wantedPort, e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "fake-telegram-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public String toString() {
        return "FakeTelegramBotApi[" + apiUrl() + ", token=****]";
    }
}
