package org.complaintgateway.mappings.email;

import java.io.ByteArrayInputStream;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;
import org.complaintgateway.mappings.text.SingleLine;

/**
 * Unpacks Outlook's winmail.dat (TNEF, application/ms-tnef) with POI's HMEF into the files it carries: the
 * customer attached those, the container means nothing to the CRM.
 */
final class TnefUnpacker {

    private static final String UNKNOWN_TYPE = "application/octet-stream";

    private TnefUnpacker() {
    }

    /** The files inside, or nothing when the stream is no readable TNEF (then the caller keeps it as it is). */
    static List<AttachmentFile> unpack(byte[] tnef) {
        try {
            HMEFMessage message = new HMEFMessage(new ByteArrayInputStream(tnef));
            List<AttachmentFile> files = new ArrayList<>();
            for (Attachment attachment : message.getAttachments()) {
                byte[] content = attachment.getContents();
                if (content != null) {
                    String name = name(attachment);
                    files.add(new AttachmentFile(name, contentType(name), content));
                }
            }
            return files;
        } catch (Exception e) {
            // HMEF throws IOException, IllegalArgumentException or POI's RecordFormatException on broken streams.
            return List.of();
        }
    }

    private static String name(Attachment attachment) {
        String longName = attachment.getLongFilename();
        String name = longName != null && !longName.isBlank() ? longName : attachment.getFilename();
        return name == null ? null : SingleLine.clean(name);
    }

    private static String contentType(String name) {
        String guessed = name == null ? null : URLConnection.guessContentTypeFromName(name);
        return guessed == null ? UNKNOWN_TYPE : guessed;
    }
}
