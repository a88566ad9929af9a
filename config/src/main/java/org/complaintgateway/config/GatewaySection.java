package org.complaintgateway.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/** The {@code gateway} section: protocol prefix, where the HTTP servers listen, the data directory. */
final class GatewaySection {
    static final Key<String> PROTOCOL_PREFIX = Key.optional("protocolPrefix",
            Scalars.text(Pattern.compile("[A-Z][A-Z0-9]{0,9}"), "1 to 10 capital letters or digits, starting with a letter"),
            "RC");
    static final Key<String> HOST = Key.optional("host", Scalars.HOST, "127.0.0.1");
    static final Key<Integer> PORT = Key.optional("port", Scalars.PORT, 8080);
    static final Key<Integer> MANAGEMENT_PORT = Key.optional("managementPort", Scalars.PORT, 8081);
    static final Key<Path> DATA_DIR = Key.optional("dataDir", Scalars.PATH, Path.of("./data"));
    static final Key<Duration> STUCK_AFTER = Key.optional("stuckAfter", Scalars.DURATION, Duration.ofMinutes(15));
    static final Key<URI> PUBLIC_URL = Key.optional("publicUrl", Scalars.HTTP_URL, null);

    static final Section SECTION = Section.of(PROTOCOL_PREFIX, HOST, PORT, MANAGEMENT_PORT, DATA_DIR, STUCK_AFTER,
            PUBLIC_URL);

    private GatewaySection() {
    }

    static GatewaySettings build(Values values, Cursor cursor) {
        // compared only when both were read: a fallback standing in for a wrong value would clash falsely
        if (values.complete() && values.get(PORT).equals(values.get(MANAGEMENT_PORT))) {
            cursor.child(MANAGEMENT_PORT.name()).fail(values.where(MANAGEMENT_PORT),
                    "must differ from port " + values.get(PORT));
        }
        return new GatewaySettings(values.get(PROTOCOL_PREFIX), values.get(HOST), values.get(PORT),
                values.get(MANAGEMENT_PORT), values.get(DATA_DIR), values.get(STUCK_AFTER),
                values.get(PUBLIC_URL));
    }
}
