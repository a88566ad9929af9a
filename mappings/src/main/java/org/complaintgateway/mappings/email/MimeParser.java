package org.complaintgateway.mappings.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * mime4j set up for mail as it arrives, not as the RFCs describe it: permissive (no line or size limits, malformed
 * header lines kept) but for the number of header fields, decoding problems ignored silently (the content decides what is usable), lenient field parsers for dates
 * and addresses.
 */
final class MimeParser {

    /**
     * Real mail carries a few dozen header fields per part, a few hundred with a long Received chain. A mail with
     * tens of thousands is an attack on parse time, and is quarantined.
     */
    static final int MAX_HEADER_FIELDS = 5_000;

    private static final MimeConfig CONFIG = MimeConfig.copy(MimeConfig.PERMISSIVE)
            .setMaxHeaderCount(MAX_HEADER_FIELDS)
            .build();

    private MimeParser() {
    }

    static Message parse(byte[] raw) throws IOException {
        return builder().parseMessage(new ByteArrayInputStream(raw));
    }

    /** Only the top-level header: what journaling and deduplication need, without reading any body. */
    static Header parseHeader(byte[] raw) throws IOException {
        // only the header's bytes: given the whole mail, mime4j goes on into the body looking for the first boundary
        return builder().parseHeader(new ByteArrayInputStream(raw, 0, headerLength(raw)));
    }

    /** Up to and including the first empty line (CRLF or a bare LF), or all of it when no body follows. */
    static int headerLength(byte[] raw) {
        int lineStart = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n') {
                int length = i - lineStart;
                if (length == 0 || (length == 1 && raw[lineStart] == '\r')) {
                    return i + 1;
                }
                lineStart = i + 1;
            }
        }
        return raw.length;
    }

    /** Why parsing failed, without quoting the mail: the limit that was hit, else the kind of exception. */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MaxHeaderLimitException) {
                return "more than " + MAX_HEADER_FIELDS + " header fields in one part";
            }
        }
        return failure.getClass().getSimpleName();
    }

    // A builder keeps no state between parses but is not documented as thread-safe: one per call, they are cheap.
    private static DefaultMessageBuilder builder() {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(CONFIG);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        builder.setFieldParser(LenientFieldParser.getParser());
        // Parts keep their transfer encoding: MimeWalker decodes the leaves it uses (TransferDecoding, faster for base64)
        // and writes nested messages back as they arrived.
        builder.setContentDecoding(false);
        return builder;
    }
}
