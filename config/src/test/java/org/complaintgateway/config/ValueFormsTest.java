package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule: every documented form of a duration and of a size is accepted and means what the docs say. */
class ValueFormsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"500ms, PT0.5S", "10s, PT10S", "5m, PT5M", "2h, PT2H", "30d, PT720H", "PT10S, PT10S", "P1DT2H, PT26H"})
    void acceptsEveryDurationForm(String written, String expected) throws Exception {
        GatewayConfig config = load("gateway:\n  stuckAfter: " + written + "\n");

        assertThat(config.gateway().stuckAfter()).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"512, 512", "64KB, 65536", "10MB, 10485760", "1GB, 1073741824"})
    void acceptsEverySizeFormInBinaryMultiples(String written, long bytes) throws Exception {
        GatewayConfig config = load("""
                channels:
                  - id: site-form
                    type: webform
                    maxBodySize: %s
                    maxAttachmentSize: 1
                """.formatted(written));

        assertThat(((WebformChannelConfig) config.channels().get(0)).maxBodyBytes()).isEqualTo(bytes);
    }

    @org.junit.jupiter.api.Test
    void zeroMinimumFillTimeTurnsTheCheckOff() throws Exception {
        GatewayConfig config = load("channels:\n  - id: site-form\n    type: webform\n    minFillTime: 0s\n");

        assertThat(((WebformChannelConfig) config.channels().get(0)).minFillTime()).isZero();
    }

    @org.junit.jupiter.api.Test
    void zeroIsNoTimeoutForTheDownstream() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> load("downstream:\n  timeout: 0s\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("field 'downstream.timeout': expected a positive duration");
    }

    private GatewayConfig load(String yaml) throws IOException, ConfigException {
        return new ConfigLoader(Map.<String, String>of()::get).load(Files.writeString(dir.resolve("gateway.yaml"), yaml));
    }
}
