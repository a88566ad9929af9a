package org.complaintgateway.config;

import java.time.Duration;
import java.util.regex.Pattern;

/** The {@code store} section: the JDBC database holding the journal, dedupe keys and outbox. */
final class StoreSection {
    static final Key<String> URL = Key.optional("url", Scalars.JDBC_URL, "jdbc:h2:file:./data/ledger");
    static final Key<String> USER = Key.optional("user", Scalars.text(Pattern.compile("\\S+"), "a database user name"), null);
    static final Key<Secret> PASSWORD = Key.optional("password", Scalars.SECRET, null);
    static final Key<Integer> POOL_SIZE = Key.optional("poolSize", Scalars.wholeNumber(1, 200), 8);
    static final Key<Duration> DEDUPE_TTL = Key.optional("dedupeTtl", Scalars.DURATION, Duration.ofDays(30));

    static final Section SECTION = Section.of(URL, USER, PASSWORD, POOL_SIZE, DEDUPE_TTL);

    private StoreSection() {
    }

    static StoreSettings build(Values values) {
        return new StoreSettings(values.get(URL), values.get(USER), values.get(PASSWORD), values.get(POOL_SIZE),
                values.get(DEDUPE_TTL));
    }
}
