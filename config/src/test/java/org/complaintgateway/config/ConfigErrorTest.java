package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule: an error prints like a compiler's, leaving out the parts it does not have. */
class ConfigErrorTest {
    private static final Path FILE = Path.of("full.yaml");

    @Test
    void printsChannelAndFieldInsideChannels() {
        ConfigError error = new ConfigError(FILE, 12, 7, "site-form", "perIp.requests",
                "expected a whole number from 1 to 100000, got \"ten\"");

        assertThat(error).hasToString("full.yaml:12:7: channel 'site-form', field 'perIp.requests': "
                + "expected a whole number from 1 to 100000, got \"ten\"");
    }

    @Test
    void printsOnlyTheFieldOutsideChannels() {
        assertThat(new ConfigError(FILE, 3, 9, null, "gateway.port", "bad")).hasToString("full.yaml:3:9: field 'gateway.port': bad");
    }

    @Test
    void printsNoPositionForAProblemWithTheWholeFile() {
        assertThat(new ConfigError(FILE, 0, 0, null, null, "no such file")).hasToString("full.yaml: no such file");
    }

    @Test
    void exceptionMessageHasOneErrorPerLine() {
        ConfigException exception = new ConfigException(List.of(
                new ConfigError(FILE, 1, 1, null, null, "first"), new ConfigError(FILE, 2, 1, null, null, "second")));

        assertThat(exception).hasMessage("full.yaml:1:1: first\nfull.yaml:2:1: second");
    }

    @Test
    void missingFileIsReportedWithoutPosition() {
        Path missing = Path.of("does-not-exist.yaml");

        assertThat(catchThrowableOfType(ConfigException.class,
                () -> new ConfigLoader(name -> null).load(missing)))
                .hasMessage("does-not-exist.yaml: no such file");
    }
}
