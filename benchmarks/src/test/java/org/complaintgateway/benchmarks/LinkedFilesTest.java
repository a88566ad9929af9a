package org.complaintgateway.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintgateway.mappings.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sink's downstream behaviour: every linked file fetched and checked; a file not as described fails. */
class LinkedFilesTest {

    private static final byte[] FILE = "a photo of the broken kettle".getBytes(StandardCharsets.US_ASCII);

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void serveTheFile() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/files/1", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, FILE.length);
            exchange.getResponseBody().write(FILE);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aLinkedFileIsFetchedAndChecked() throws Exception {
        LinkedFiles files = new LinkedFiles();

        assertThat(files.fetchAll(complaint(FILE.length, Sha256.hex(FILE)))).isTrue();
        assertThat(requests).hasValue(1);
        assertThat(files.describe()).startsWith("1 linked files fetched").endsWith(", 0 failed");
    }

    @Test
    void aFileThatIsNotWhatTheComplaintSaysFails() throws Exception {
        LinkedFiles files = new LinkedFiles();

        assertThat(files.fetchAll(complaint(FILE.length, Sha256.hex("another file".getBytes(StandardCharsets.US_ASCII)))))
                .isFalse();
        assertThat(files.fetchAll(complaint(FILE.length + 1, Sha256.hex(FILE)))).isFalse();
        assertThat(files.failures()).isEqualTo(2);
    }

    @Test
    void queuedFilesAreFetchedBeforeTheQueueIsIdle() throws Exception {
        try (LinkedFiles files = new LinkedFiles()) {
            long queuedAt = System.nanoTime();
            files.fetchLater(complaint(FILE.length, Sha256.hex(FILE)));

            long lastFetch = files.awaitIdle(System.nanoTime() + 10_000_000_000L);

            assertThat(lastFetch).isGreaterThan(queuedAt);
            assertThat(requests).hasValue(1);
            assertThat(files.describe()).startsWith("1 linked files fetched");
        }
    }

    @Test
    void aComplaintWithoutLinksCostsNoRequest() {
        assertThat(new LinkedFiles().fetchAll("{\"attachments\":[{\"content\":\"AA==\"}]}".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(requests).hasValue(0);
    }

    private byte[] complaint(long size, String sha256) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/files/1";
        return ("{\"attachments\":[{\"name\":\"kettle.jpg\",\"size\":" + size + ",\"sha256\":\"" + sha256
                + "\",\"reference\":\"" + url + "\"}]}").getBytes(StandardCharsets.UTF_8);
    }
}
