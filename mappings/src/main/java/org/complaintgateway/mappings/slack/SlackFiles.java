package org.complaintgateway.mappings.slack;

import java.util.List;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.text.SingleLine;

/**
 * The files of a message, as attachments by reference: their {@code url_private}, which the downstream reads with the
 * Slack app's token (the same it answers with). Downloading them here would need that token in the gateway too. A
 * Slack Connect file the event names by id only has no link: it is left out, and the complaint says so.
 */
final class SlackFiles {

    private static final String UNKNOWN_TYPE = "application/octet-stream";

    private SlackFiles() {
    }

    static List<Attachment> attachments(List<SlackFile> files) {
        return files.stream().filter(SlackFiles::linked).map(SlackFiles::attachment).toList();
    }

    /** Whether some file could not be passed on. */
    static boolean anyDropped(List<SlackFile> files) {
        return files.stream().anyMatch(file -> !linked(file));
    }

    private static boolean linked(SlackFile file) {
        String url = SingleLine.clean(file.urlPrivate());
        return url != null && url.startsWith("https://");
    }

    private static Attachment attachment(SlackFile file) {
        String name = SingleLine.clean(file.name());
        String type = SingleLine.clean(file.mimetype());
        return Attachment.byReference(name == null ? "file-" + SingleLine.clean(file.id()) : name,
                type == null ? UNKNOWN_TYPE : type, file.size(), SingleLine.clean(file.urlPrivate()));
    }
}
