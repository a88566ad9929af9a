package org.complaintgateway.it.support;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerReport;
import org.complaintgateway.routes.store.LedgerState;
import org.complaintgateway.routes.store.Store;

/** What the gateway's ledger says: counts per state, and the entry behind an id or a protocol number. */
public final class Ledger {

    private static final Duration TERMINAL_WITHIN = Duration.ofSeconds(10);
    /** More rows than any test journals. */
    private static final int ALL = 10_000;

    private final TestGateway gateway;

    public Ledger(TestGateway gateway) {
        this.gateway = gateway;
    }

    /** Every row, whatever its state: a refused request must leave this unchanged. */
    public long total() {
        return report().total();
    }

    public long count(LedgerState state) {
        return report().counts().stream().filter(c -> c.state() == state).mapToLong(LedgerReport.Count::count).sum();
    }

    /** Every journal entry in {@code state}, oldest first: an IGNORED or QUARANTINED entry's reason says why. */
    public List<JournalEntry> entriesIn(LedgerState state) {
        Store store = gateway.store();
        return store.inFlight(state, Instant.now().plusSeconds(1), ALL).stream()
                .map(store::find).flatMap(Optional::stream).toList();
    }

    /**
     * Every journal entry, whatever its state, each once and as it is now. The states are read one after another in
     * the order an entry moves through them, so one that moves on meanwhile is seen (perhaps twice: hence distinct).
     */
    public List<JournalEntry> entries() {
        Store store = gateway.store();
        Instant now = Instant.now().plusSeconds(1);
        return Arrays.stream(LedgerState.values()).flatMap(state -> store.inFlight(state, now, ALL).stream())
                .distinct().map(store::find).flatMap(Optional::stream).toList();
    }

    /** The entry once it has reached a terminal state. */
    public JournalEntry awaitTerminal(String id) {
        return await().atMost(TERMINAL_WITHIN)
                .until(() -> gateway.store().find(id).orElse(null), e -> e != null && e.state().terminal());
    }

    /**
     * The journal id of the message given {@code protocolNumber}. The HTML form answers with the protocol
     * number only, and the store has no lookup by it, so this reads the journal table (docs/schema.md) over
     * a second connection: the gateway opens its H2 file with AUTO_SERVER=TRUE, which allows one.
     */
    public String idOf(String protocolNumber) {
        String url = gateway.config().store().url() + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement query = connection.prepareStatement("SELECT id FROM journal WHERE protocol_number = ?")) {
            query.setString(1, protocolNumber);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no journal row has protocol number " + protocolNumber);
                }
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the journal", e);
        }
    }

    private LedgerReport report() {
        return gateway.store().report(Instant.now().plusSeconds(1));
    }
}
