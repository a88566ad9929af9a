package org.complaintgateway.it.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.complaintgateway.it.support.TestGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A complaint accepted by the API ends up delivered by the local sink, with the protocol number it was promised. */
class ApiSmokeTest {

    @TempDir
    Path dir;

    private TestGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void acceptedComplaintIsWrittenByTheLocalSink() {
        gateway = TestGateway.builder(dir).build().start();

        HttpResponse<String> response = gateway.postJson(TestGateway.complaintJson(1));

        assertThat(response.statusCode()).isEqualTo(202);
        String protocol = response.body().replaceAll(".*\"protocolNumber\":\"([^\"]+)\".*", "$1");
        Path delivered = dir.resolve("delivered").resolve(protocol + ".json");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(delivered));
    }
}
