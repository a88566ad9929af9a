package org.complaintgateway.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.complaintgateway.routes.testing.TestDatabase;
import org.complaintgateway.routes.testing.TestH2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Callers of a group commit return only after their own work is committed, whoever else shares the
 * transaction; a piece that fails fails its own caller only, and the others are committed.
 */
class GroupCommitTest {

    @TempDir
    Path dir;

    private HikariDataSource pool;
    private GroupCommit group;

    @BeforeEach
    void open() throws Exception {
        TestDatabase database = TestH2.in(dir);
        String url = H2Urls.tune(database.url());
        H2Urls.createParentDirectories(url);
        pool = Pools.open("group-commit-test", url, database.settings(), 4);
        try (var connection = pool.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE t (n INTEGER NOT NULL PRIMARY KEY)");
            connection.commit();
        }
        group = new GroupCommit(new Transactions(pool), "test", new Unreachable());
    }

    @AfterEach
    void close() {
        group.close();
        pool.close();
    }

    @Test
    void everyCallerReturnsAfterItsOwnRowIsCommitted() throws Exception {
        List<Future<Integer>> results = runConcurrently(40, n -> insert(n));

        for (int n = 0; n < results.size(); n++) {
            assertThat(results.get(n).get()).isEqualTo(n);
        }
        assertThat(count()).isEqualTo(40);
    }

    @Test
    void aFailingPieceFailsOnlyItsOwnCaller() throws Exception {
        List<Future<Integer>> results = runConcurrently(20, n -> n == 7 ? insertInto("no_such_table", n) : insert(n));

        assertThatThrownBy(() -> results.get(7).get()).hasCauseInstanceOf(StoreUnavailableException.class);
        for (int n = 0; n < results.size(); n++) {
            if (n != 7) {
                assertThat(results.get(n).get()).isEqualTo(n);
            }
        }
        assertThat(count()).isEqualTo(19);
    }

    @Test
    void whileTheDatabaseWasJustFoundUnreachableBatchesFailAtOnce() {
        UnreachableDatabase database = new UnreachableDatabase();
        AtomicLong nanoTime = new AtomicLong();
        try (GroupCommit down = new GroupCommit(new Transactions(database.pool()), "test", new Unreachable(nanoTime::get))) {
            SqlWork<Integer> one = connection -> 1;
            assertThatThrownBy(() -> down.run("test", one)).isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> down.run("test", one)).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("could not be reached");
            assertThat(database.connectionsAsked()).as("the second batch did not wait for a connection").isEqualTo(1);

            nanoTime.addAndGet(Unreachable.FOR.toNanos());
            assertThatThrownBy(() -> down.run("test", one)).isInstanceOf(StoreUnavailableException.class);
            assertThat(database.connectionsAsked()).as("tried again once the time is up").isEqualTo(2);
        }
    }

    private interface Work {
        Integer run(int n);
    }

    private Integer insert(int n) {
        return insertInto("t", n);
    }

    private Integer insertInto(String table, int n) {
        return group.run("test", connection -> {
            try (Statement insert = connection.createStatement()) {
                insert.executeUpdate("INSERT INTO " + table + " (n) VALUES (" + n + ")");
            }
            return n;
        });
    }

    private List<Future<Integer>> runConcurrently(int callers, Work work) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int n = 0; n < callers; n++) {
            int number = n;
            results.add(threads.submit(() -> {
                start.await();
                return work.run(number);
            }));
        }
        start.countDown();
        threads.shutdown();
        return results;
    }

    private int count() throws Exception {
        try (var connection = pool.getConnection(); Statement select = connection.createStatement();
             var row = select.executeQuery("SELECT COUNT(*) FROM t")) {
            row.next();
            return row.getInt(1);
        }
    }
}
