package org.complaintgateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule: every section is optional; what is left out takes the default documented in the records and docs. */
class DefaultsTest {

    @TempDir
    Path dir;

    @Test
    void emptyMapGivesLocalDeliveryAndNoChannels() throws Exception {
        GatewayConfig config = load("{}\n");

        assertThat(config.downstream().type()).isEqualTo(DownstreamType.LOCAL);
        assertThat(config.store().url()).isEqualTo("jdbc:h2:file:./data/ledger");
        assertThat(config.channels()).isEmpty();
    }

    @Test
    void emptyChannelListIsAccepted() throws Exception {
        assertThat(load("channels: []\n").channels()).isEmpty();
    }

    @Test
    void deliveredDirectoryFollowsDataDir() throws Exception {
        GatewayConfig config = load("gateway:\n  dataDir: /srv/gateway\n");

        assertThat(config.downstream().directory()).isEqualTo(Path.of("/srv/gateway/delivered"));
    }

    @Test
    void keyWithoutValueTakesItsDefault() throws Exception {
        assertThat(load("gateway:\n  port:\n").gateway().port()).isEqualTo(8080);
    }

    private GatewayConfig load(String yaml) throws IOException, ConfigException {
        return new ConfigLoader(Map.<String, String>of()::get).load(Files.writeString(dir.resolve("gateway.yaml"), yaml));
    }
}
