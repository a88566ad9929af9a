package org.complaintgateway.routes.testing;

import java.time.Duration;
import org.complaintgateway.config.StoreSettings;

/** A database made for one test: where it is and the store settings that open it. */
public record TestDatabase(String url, String user) {

    /** Defaults as the config module fills them: 8 connections, dedupe keys kept 30 days. */
    public StoreSettings settings() {
        return new StoreSettings(url, user, null, 8, Duration.ofDays(30));
    }
}
