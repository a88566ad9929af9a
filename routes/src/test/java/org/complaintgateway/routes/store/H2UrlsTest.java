package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule: an H2 file ledger never runs with a write delay (it would lose acknowledged messages on kill -9),
 * can be opened beside the running gateway and is compacted for up to 5 s when it closes; settings the admin wrote
 * win; other URLs are left alone.
 */
class H2UrlsTest {

    @Test
    void fileUrlGetsWriteDelayZeroAutoServerAndCompactionOnClose() {
        assertThat(H2Urls.tune("jdbc:h2:file:./data/ledger"))
                .isEqualTo("jdbc:h2:file:./data/ledger;WRITE_DELAY=0;AUTO_SERVER=TRUE;MAX_COMPACT_TIME=5000");
    }

    @Test
    void pathWithoutFilePrefixIsAFileUrlToo() {
        assertThat(H2Urls.tune("jdbc:h2:~/ledger"))
                .isEqualTo("jdbc:h2:~/ledger;WRITE_DELAY=0;AUTO_SERVER=TRUE;MAX_COMPACT_TIME=5000");
    }

    @Test
    void settingsAlreadyInTheUrlAreKept() {
        assertThat(H2Urls.tune("jdbc:h2:file:/srv/ledger;write_delay=100;AUTO_SERVER=FALSE;max_compact_time=0"))
                .isEqualTo("jdbc:h2:file:/srv/ledger;write_delay=100;AUTO_SERVER=FALSE;max_compact_time=0");
    }

    @Test
    void otherSettingsStayAndTheMissingOnesAreAppended() {
        assertThat(H2Urls.tune("jdbc:h2:file:/srv/ledger;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/srv/ledger;MODE=PostgreSQL;WRITE_DELAY=0;AUTO_SERVER=TRUE"
                        + ";MAX_COMPACT_TIME=5000");
    }

    @Test
    void inMemoryRemoteAndPostgresUrlsAreLeftAlone() {
        assertThat(H2Urls.tune("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(H2Urls.tune("jdbc:h2:tcp://db/ledger")).isEqualTo("jdbc:h2:tcp://db/ledger");
        assertThat(H2Urls.tune("jdbc:postgresql://db/gateway")).isEqualTo("jdbc:postgresql://db/gateway");
    }

    @Test
    void parentDirectoriesOfTheDatabaseFileAreCreated(@TempDir Path dir) {
        Path database = dir.resolve("deep").resolve("data").resolve("ledger");

        H2Urls.createParentDirectories("jdbc:h2:file:" + database + ";WRITE_DELAY=0");

        assertThat(database.getParent()).isDirectory();
    }
}
