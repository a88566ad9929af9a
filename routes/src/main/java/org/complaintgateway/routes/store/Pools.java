package org.complaintgateway.routes.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.complaintgateway.config.StoreSettings;

/** HikariCP pools for the store, tuned so a database that is down answers within seconds. */
final class Pools {

    /** Callers answer 503 while the database is down; a short wait keeps that answer fast. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);

    private Pools() {
    }

    static HikariDataSource open(String name, String url, StoreSettings settings, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setUsername(settings.user());
        if (settings.password() != null) {
            config.setPassword(settings.password().reveal());
        }
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(CONNECTION_TIMEOUT.toMillis() / 2);
        // Every store method commits explicitly: one method, one transaction.
        config.setAutoCommit(false);
        return new HikariDataSource(config);
    }
}
