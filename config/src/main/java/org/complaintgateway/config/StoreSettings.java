package org.complaintgateway.config;

import java.time.Duration;

/**
 * The {@code store} section.
 *
 * @param url       JDBC URL: {@code jdbc:h2:file:...} (default {@code jdbc:h2:file:./data/ledger}) or {@code jdbc:postgresql:...}
 * @param user      database user, may be null
 * @param password  database password, a secret reference, may be null
 * @param poolSize  connections in the pool (default 8)
 * @param dedupeTtl how long dedupe keys are kept (default 30d)
 */
public record StoreSettings(String url, String user, Secret password, int poolSize, Duration dedupeTtl) {
}
