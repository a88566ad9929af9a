package org.complaintgateway.mappings.meta;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.text.SingleLine;

/**
 * A WhatsApp message's medium as an attachment, from the bytes the intake put in the event. Only documents have a
 * file name; the others get one from their type and media id ("image-1234.jpg"). A medium the event lacks (too
 * large, download failed) is left out, and the text says which and why.
 */
final class WhatsAppAttachments {

    /** The attachment, or, when the medium was not downloaded, the line that says so. */
    record Kept(Attachment attachment, String droppedLine) {
    }

    private static final String UNKNOWN_TYPE = "application/octet-stream";
    private static final Pattern MIME_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+");
    private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[^A-Za-z0-9_-]");
    // The types the Cloud API accepts for each medium ("Supported media types"); anything else is a "bin".
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("image/jpeg", "jpg"), Map.entry("image/png", "png"), Map.entry("image/webp", "webp"),
            Map.entry("audio/ogg", "ogg"), Map.entry("audio/mpeg", "mp3"), Map.entry("audio/mp4", "m4a"),
            Map.entry("audio/aac", "aac"), Map.entry("audio/amr", "amr"), Map.entry("video/mp4", "mp4"),
            Map.entry("video/3gpp", "3gp"), Map.entry("application/pdf", "pdf"), Map.entry("text/plain", "txt"));

    private WhatsAppAttachments() {
    }

    static Kept collect(MediaRef medium, String type, MetaEvent event) {
        Optional<FetchedMedia> fetched = event.fetched(medium.mediaId());
        String declaredType = mimeType(medium.mimeType());
        if (fetched.isEmpty()) {
            String name = name(medium, type, declaredType);
            String reason = event.skipReason(medium.mediaId()).map(SingleLine::clean).orElse("no reason given");
            return new Kept(null, "Attachment not downloaded: " + name + " (" + reason + ")");
        }
        String contentType = Optional.ofNullable(mimeType(fetched.get().mimeType())).orElse(declaredType);
        String name = name(medium, type, contentType);
        if (contentType == null) {
            contentType = Optional.ofNullable(URLConnection.guessContentTypeFromName(name)).orElse(UNKNOWN_TYPE);
        }
        return new Kept(Attachment.inline(name, contentType, fetched.get().bytes()), null);
    }

    /** The document's file name without any directory part, else "&lt;type&gt;-&lt;media id&gt;.&lt;extension&gt;". */
    private static String name(MediaRef medium, String type, String contentType) {
        String declared = SingleLine.clean(medium.fileName());
        if (declared != null) {
            declared = SingleLine.clean(declared.substring(Math.max(declared.lastIndexOf('/'), declared.lastIndexOf('\\')) + 1));
        }
        if (declared != null) {
            return declared;
        }
        String extension = contentType == null ? "bin" : EXTENSIONS.getOrDefault(contentType, "bin");
        return type + "-" + UNSAFE_IN_NAME.matcher(medium.mediaId()).replaceAll("_") + "." + extension;
    }

    /** "audio/ogg; codecs=opus" as "audio/ogg"; null when absent or not a MIME type. */
    private static String mimeType(String declared) {
        String value = SingleLine.clean(declared);
        if (value == null) {
            return null;
        }
        int parameters = value.indexOf(';');
        String bare = (parameters < 0 ? value : value.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        return MIME_TYPE.matcher(bare).matches() ? bare : null;
    }
}
