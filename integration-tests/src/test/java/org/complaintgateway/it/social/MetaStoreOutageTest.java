package org.complaintgateway.it.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.complaintgateway.routes.testing.TestPostgres;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhook answers 2xx only after the journal commit: while the store (PostgreSQL) is unreachable a Meta delivery
 * is answered 503, so that Meta delivers it again, never 200 for an event that was not kept.
 */
class MetaStoreOutageTest {

    @TempDir
    Path dir;

    @AutoClose
    TestPostgres postgres;

    @AutoClose
    SocialChannels channels;

    @Test
    void aDeliveryWhileTheStoreIsDownIsAnswered503() {
        postgres = TestPostgres.dedicated();
        channels = SocialChannels.start(dir, "", builder -> builder.store(postgres.freshDatabase()));
        HttpResponse<String> before = channels.postToMeta(SocialChannels.MESSENGER,
                ProviderFixtures.bytes("meta/messenger/message-text.json"));
        assertThat(before.statusCode()).isEqualTo(200);

        postgres.close();

        HttpResponse<String> during = channels.postToMeta(SocialChannels.MESSENGER,
                ProviderFixtures.bytes("meta/messenger/message-image.json"));
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.body()).contains("the store is unavailable");
    }
}
