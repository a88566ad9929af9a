package org.complaintgateway.routes.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.camel.Message;

/**
 * The raw bytes of a request body, read up to a limit: exactly what a sender signed, before anything parses them.
 */
public final class RequestBody {

    private RequestBody() {
    }

    /**
     * The body, or empty when it was answered already: 413 over {@code maxBytes} (only that much plus one byte is
     * read), 400 when it could not be read.
     */
    public static Optional<byte[]> read(Message in, long maxBytes) {
        byte[] body;
        try (InputStream stream = in.getBody(InputStream.class)) {
            body = stream == null ? new byte[0] : stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            JsonAnswer.error(in, 400, "unreadable body");
            return Optional.empty();
        }
        if (body.length > maxBytes) {
            JsonAnswer.error(in, 413, "a request is at most " + maxBytes + " bytes");
            return Optional.empty();
        }
        return Optional.of(body);
    }
}
