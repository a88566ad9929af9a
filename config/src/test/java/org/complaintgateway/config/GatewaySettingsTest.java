package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Links to attachments start at the public URL the admin gave, else at the address the server listens on. */
class GatewaySettingsTest {

    @Test
    void thePublicUrlIsTheLinkBaseWithoutATrailingSlash() {
        assertThat(settings("0.0.0.0", URI.create("https://complaints.example.com/gw/")).linkBase())
                .isEqualTo("https://complaints.example.com/gw");
    }

    @Test
    void withoutAPublicUrlTheServersAddressIsTheLinkBase() {
        assertThat(settings("127.0.0.1", null).linkBase()).isEqualTo("http://127.0.0.1:8080");
        assertThat(settings("::1", null).linkBase()).isEqualTo("http://[::1]:8080");
    }

    @Test
    void aWildcardAddressBecomesLocalhost() {
        assertThat(settings("0.0.0.0", null).linkBase()).isEqualTo("http://localhost:8080");
        assertThat(settings("::", null).linkBase()).isEqualTo("http://localhost:8080");
    }

    private static GatewaySettings settings(String host, URI publicUrl) {
        return new GatewaySettings("RC", host, 8080, 8081, Path.of("data"), Duration.ofMinutes(15), publicUrl);
    }
}
