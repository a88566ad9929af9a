package org.complaintgateway.mappings.email;

import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.stream.Field;
import org.complaintgateway.mappings.text.SingleLine;

/** Names for the files of a mail: the sender's file name without any directory part, or the part's Content-ID. */
final class PartNames {

    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|]+");
    private static final int MAX_CHARS = 200;

    private PartNames() {
    }

    /** The file name from Content-Disposition, else the Content-Type name parameter; null when there is none. */
    static String fileName(Entity entity) {
        String name = entity.getFilename();
        if (name == null || name.isBlank()) {
            Field field = entity.getHeader() == null ? null : entity.getHeader().getField("Content-Type");
            name = field instanceof ContentTypeField contentType ? contentType.getParameter("name") : null;
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        // Outlook writes encoded words inside the quoted parameter, against RFC 2047 §5 but everywhere.
        String decoded = SingleLine.clean(EncodedWords.decode(name).text());
        if (decoded == null) {
            return null;
        }
        int slash = Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\'));
        String last = decoded.substring(slash + 1).strip();
        return last.isEmpty() ? null : last;
    }

    /** The Content-ID without angle brackets, the name an inline image is referenced by ({@code cid:}), or null. */
    static String contentId(Entity entity) {
        String value = entity.getHeader() == null ? null : MailHeaders.of(entity.getHeader()).first("Content-ID");
        return MessageIds.first(value);
    }

    /** {@code text} usable as a file name: no path or reserved characters, at most 200 characters. */
    static String safeFileName(String text) {
        String safe = UNSAFE.matcher(text).replaceAll("_").strip();
        return safe.length() > MAX_CHARS ? safe.substring(0, MAX_CHARS) : safe;
    }
}
