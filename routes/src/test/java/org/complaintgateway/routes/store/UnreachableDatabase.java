package org.complaintgateway.routes.store;

import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** A pool that times out on every request for a connection, as HikariCP does with the server down; it counts them. */
final class UnreachableDatabase {

    private final AtomicInteger connectionsAsked = new AtomicInteger();

    DataSource pool() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connectionsAsked.incrementAndGet();
                        throw new SQLTransientConnectionException("test-pool - Connection is not available");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    int connectionsAsked() {
        return connectionsAsked.get();
    }
}
