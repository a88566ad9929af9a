package org.complaintgateway.it.social;

import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * One gateway with the social channels for all tests of a class: each test looks only at what its own requests
 * journaled ({@link Posted}), so they do not disturb each other, and a class starts one gateway, not one per test.
 */
abstract class OnSocialChannels {

    @TempDir
    static Path dir;

    @AutoClose
    static SocialChannels channels;

    @BeforeAll
    static void startGateway() {
        channels = SocialChannels.start(dir);
    }
}
