package org.complaintgateway.it.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.complaintgateway.it.support.FreePort;

/**
 * A loopback TCP relay in front of a server (the IMAP server, the fake Telegram API) that, while {@link #cutting},
 * closes each new connection after a number of bytes drawn from the run's seed, in either direction: the network
 * failing in the middle of a fetch or an answer, as it does between data centres.
 */
final class CuttingRelay implements AutoCloseable {

    private static final int BUFFER = 8 * 1024;

    private final ServerSocket listener;
    private final int targetPort;
    private final SplittableRandom random;
    private final int minBytes;
    private final int maxBytes;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger cuts = new AtomicInteger();
    private volatile boolean cutting;

    private CuttingRelay(ServerSocket listener, int targetPort, SplittableRandom random, int minBytes, int maxBytes) {
        this.listener = listener;
        this.targetPort = targetPort;
        this.random = random;
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
    }

    /** A relay to {@code 127.0.0.1:targetPort}; a cut connection carries between {@code minBytes} and {@code maxBytes}. */
    static CuttingRelay start(int targetPort, SplittableRandom random, int minBytes, int maxBytes) {
        try {
            ServerSocket listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePort.find()));
            CuttingRelay relay = new CuttingRelay(listener, targetPort, random, minBytes, maxBytes);
            Thread acceptor = new Thread(relay::accept, "relay-" + targetPort);
            acceptor.setDaemon(true);
            acceptor.start();
            return relay;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    /**
     * While on, each connection is cut after a budget of bytes: a new one from its start, one already open (a mail
     * client's IMAP session, an HTTP keep-alive connection) from now.
     */
    void cutting(boolean on) {
        cutting = on;
        if (on) {
            open.forEach(connection -> connection.budget.set(nextBudget()));
        }
    }

    /** Connections cut so far. */
    int cuts() {
        return cuts.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException closed) {
                return;
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                long budget = cutting ? nextBudget() : Long.MAX_VALUE;
                Connection connection = new Connection(client, server, new AtomicLong(budget), new AtomicBoolean());
                open.add(connection);
                pump(client, server, connection);
                pump(server, client, connection);
            } catch (IOException targetDown) {
                // the target refuses (it is stopped): so does the relay, as the client would see without it
                closeQuietly(client);
            }
        }
    }

    private synchronized long nextBudget() {
        return minBytes + random.nextInt(maxBytes - minBytes + 1);
    }

    private void pump(Socket from, Socket to, Connection connection) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[BUFFER];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    long left = connection.budget.addAndGet(-read);
                    if (left < 0) {
                        out.write(buffer, 0, (int) Math.max(0, read + left));
                        out.flush();
                        if (connection.cut.compareAndSet(false, true)) {
                            cuts.incrementAndGet();
                        }
                        break;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException closed) {
                // the other side or the cut closed the connection
            } finally {
                connection.close();
                open.remove(connection);
            }
        }, "relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing
        }
        open.forEach(Connection::close);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private record Connection(Socket client, Socket server, AtomicLong budget, AtomicBoolean cut) {
        void close() {
            closeQuietly(client);
            closeQuietly(server);
        }
    }
}
