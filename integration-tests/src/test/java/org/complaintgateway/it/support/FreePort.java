package org.complaintgateway.it.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A loopback port nobody listens on right now, for a server a test configures and starts a moment later.
 *
 * <p>Chosen below the kernel's ephemeral range (32768 and up on Linux), not by binding port 0: a port the kernel
 * hands out is the very kind it hands out again to the next socket that asks for "any port", such as an H2 database's
 * AUTO_SERVER, which once took the port between our choosing it and the gateway binding it, so the test's HTTP request
 * was answered by H2. Ports handed out here are not handed out twice by this JVM.
 */
public final class FreePort {

    private static final int LOWEST = 20_000;
    private static final int ABOVE_HIGHEST = 32_000;
    private static final int ATTEMPTS = 200;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePort() {
    }

    public static int find() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, ABOVE_HIGHEST);
            if (!HANDED_OUT.contains(port) && free(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + ABOVE_HIGHEST + " after "
                + ATTEMPTS + " attempts");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
