package org.complaintgateway.it.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Routes a request as api.telegram.org does: {@code /bot<token>/<method>} to a method (401 for another token),
 * {@code /file/bot<token>/<file_path>} to a file getFile handed out, anything else 404. It counts method calls
 * before injected faults answer them, so a test sees every attempt a client made.
 */
final class BotApiHandler implements HttpHandler {

    private static final String METHOD_PREFIX = "/bot";

    private final String token;
    private final String filePrefix;
    private final BotMethods methods;
    private final FileStore files;
    private final InjectedFaults faults;
    private final PauseGate gate;
    private final Phaser inFlight;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    /** The call of a method at which the fake pauses (before answering it), or null. */
    private volatile PauseAt pauseAt;

    private record PauseAt(String method, int call) {
    }

    BotApiHandler(String token, BotMethods methods, FileStore files, InjectedFaults faults, PauseGate gate,
                  Phaser inFlight) {
        this.token = token;
        this.filePrefix = "/file/bot" + token + "/";
        this.methods = methods;
        this.files = files;
        this.faults = faults;
        this.gate = gate;
        this.inFlight = inFlight;
    }

    @Override
    public void handle(HttpExchange exchange) {
        inFlight.register();
        try {
            gate.awaitOpen();
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith(filePrefix)) {
                serveFile(exchange, path.substring(filePrefix.length()));
            } else if (path.startsWith(METHOD_PREFIX)) {
                callMethod(exchange, path.substring(METHOD_PREFIX.length()));
            } else {
                BotApiReplies.error(exchange, BotApiError.notFound());
            }
        } catch (InterruptedException stopped) {
            // stop(): the connection is gone with the server, there is nobody to answer
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the client hung up (its own timeout) before the answer was written: nothing left to do
        } finally {
            exchange.close();
            inFlight.arriveAndDeregister();
        }
    }

    /** Pauses the fake when the {@code call}-th call of {@code method} arrives, before it is answered. */
    void pauseAt(String method, int call) {
        pauseAt = new PauseAt(method.toLowerCase(Locale.ROOT), call);
    }

    int calls(String method) {
        AtomicInteger count = calls.get(method.toLowerCase(Locale.ROOT));
        return count == null ? 0 : count.get();
    }

    private void callMethod(HttpExchange exchange, String tokenAndMethod) throws IOException, InterruptedException {
        int slash = tokenAndMethod.indexOf('/');
        if (slash < 0) {
            BotApiReplies.error(exchange, BotApiError.notFound());
            return;
        }
        if (!token.equals(tokenAndMethod.substring(0, slash))) {
            BotApiReplies.error(exchange, BotApiError.unauthorized());
            return;
        }
        String method = tokenAndMethod.substring(slash + 1).toLowerCase(Locale.ROOT);
        int call = calls.computeIfAbsent(method, name -> new AtomicInteger()).incrementAndGet();
        PauseAt at = pauseAt;
        if (at != null && at.method().equals(method) && at.call() == call) {
            gate.close();
            gate.awaitOpen();
        }
        try {
            BotApiParameters parameters = BotApiParameters.read(exchange);
            Optional<BotApiError> fault = faults.takeFor(method);
            if (fault.isPresent()) {
                throw fault.get();
            }
            BotMethods.Method answering = methods.find(method).orElseThrow(BotApiError::notFound);
            BotApiReplies.ok(exchange, answering.call(parameters));
        } catch (BotApiError error) {
            BotApiReplies.error(exchange, error);
        }
    }

    private void serveFile(HttpExchange exchange, String filePath) throws IOException {
        Optional<FileStore.RegisteredFile> file = files.download(filePath);
        if (file.isPresent()) {
            BotApiReplies.file(exchange, file.get());
        } else {
            BotApiReplies.error(exchange, BotApiError.notFound());
        }
    }
}
