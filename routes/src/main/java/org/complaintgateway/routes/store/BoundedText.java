package org.complaintgateway.routes.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Free text from outside (error messages, response bodies) cut to a size the ledger keeps. */
final class BoundedText {

    private BoundedText() {
    }

    /**
     * At most {@code maxBytes} of UTF-8, never splitting a character. NUL becomes U+FFFD because
     * PostgreSQL text columns reject it, and a refused insert must not turn a dead letter into an outage.
     */
    static String utf8Prefix(String text, int maxBytes) {
        if (text == null) {
            return null;
        }
        String clean = text.replace('\u0000', '\uFFFD');
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer out = ByteBuffer.allocate(maxBytes);
        CharBuffer in = CharBuffer.wrap(clean);
        encoder.encode(in, out, true);
        return clean.substring(0, in.position());
    }
}
