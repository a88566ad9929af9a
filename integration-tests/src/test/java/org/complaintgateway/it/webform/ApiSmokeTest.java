package org.complaintgateway.it.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.complaintgateway.it.support.TestGateway;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A complaint accepted by the API ends up delivered by the local sink, with the protocol number it was promised. */
class ApiSmokeTest {

    @TempDir
    Path dir;

    @AutoClose
    private WebChannel channel;

    @Test
    void acceptedComplaintIsWrittenByTheLocalSink() {
        channel = WebChannel.start(dir);

        HttpResponse<String> response = channel.gateway().postJson(TestGateway.complaintJson(1));

        assertThat(response.statusCode()).isEqualTo(202);
        String protocol = response.body().replaceAll(".*\"protocolNumber\":\"([^\"]+)\".*", "$1");
        Path delivered = dir.resolve("delivered").resolve(protocol + ".json");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(delivered));
    }
}
