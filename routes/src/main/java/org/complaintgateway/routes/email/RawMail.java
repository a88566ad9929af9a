package org.complaintgateway.routes.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Optional;

/** Reads a fetched mail as the bytes the server holds: whole, or only its header when the body must not be fetched. */
final class RawMail {

    private RawMail() {
    }

    /** The whole message, or empty when it turns out longer than {@code maxBytes} (a server may not know its size). */
    static Optional<byte[]> read(Message mail, long maxBytes) throws IOException, MessagingException {
        CappedBuffer buffer = new CappedBuffer(maxBytes);
        try {
            mail.writeTo(buffer);
        } catch (IOException | MessagingException e) {
            if (buffer.full()) {
                return Optional.empty(); // however the mail library wrapped our refusal
            }
            throw e;
        }
        return Optional.of(buffer.toByteArray());
    }

    /** The header lines as the server sent them, and the blank line that ends a header: no body is fetched. */
    static byte[] header(Message mail) throws MessagingException {
        StringBuilder header = new StringBuilder();
        if (mail instanceof MimeMessage mime) {
            Enumeration<String> lines = mime.getAllHeaderLines();
            while (lines.hasMoreElements()) {
                header.append(lines.nextElement()).append("\r\n");
            }
        }
        return header.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A byte buffer that refuses to grow past a limit, so an endless or lying server cannot exhaust the heap. */
    private static final class CappedBuffer extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;
        private boolean full;

        CappedBuffer(long max) {
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            ensureRoom(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ensureRoom(len);
            bytes.write(b, off, len);
        }

        boolean full() {
            return full;
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }

        private void ensureRoom(int len) throws Full {
            if (bytes.size() + (long) len > max) {
                full = true;
                throw new Full();
            }
        }

        static final class Full extends IOException {
            Full() {
                super("message larger than the limit", null);
            }
        }
    }
}
