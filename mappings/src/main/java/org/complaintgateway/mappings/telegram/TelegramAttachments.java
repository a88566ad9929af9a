package org.complaintgateway.mappings.telegram;

import java.net.URLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.text.SingleLine;

/**
 * The files of a message as attachments, from the bytes the intake put in the bundle. Photos and voice notes have no
 * name, so one is made from the kind and Telegram's unique file id ("photo-AQADfake.jpg"), with the extension of the
 * path getFile answered. A wanted file the bundle lacks (too large, download failed) is left out, and said so.
 */
final class TelegramAttachments {

    /** The attachments kept and whether any wanted file was left out. */
    record Kept(List<Attachment> attachments, boolean dropped) {
    }

    private static final String UNKNOWN_TYPE = "application/octet-stream";
    // Telegram re-encodes every photo as JPEG; the others are what the Bot API documents or clients send.
    private static final Map<String, String> DEFAULT_TYPES = Map.of(
            "photo", "image/jpeg",
            "voice", "audio/ogg",
            "audio", "audio/mpeg",
            "video", "video/mp4",
            "video_note", "video/mp4",
            "animation", "video/mp4");
    private static final Map<String, String> DEFAULT_EXTENSIONS = Map.of(
            "photo", "jpg",
            "voice", "ogg",
            "audio", "mp3",
            "video", "mp4",
            "video_note", "mp4",
            "animation", "mp4",
            "document", "bin");
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");
    private static final Pattern MIME_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+");
    private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[^A-Za-z0-9_-]");

    private TelegramAttachments() {
    }

    static Kept collect(List<TelegramFiles.Media> media, TelegramBundle bundle) {
        List<Attachment> kept = new ArrayList<>();
        for (TelegramFiles.Media file : media) {
            bundle.file(file.ref().fileId()).ifPresent(downloaded -> kept.add(attachment(file, downloaded)));
        }
        return new Kept(kept, kept.size() < media.size());
    }

    private static Attachment attachment(TelegramFiles.Media file, DownloadedFile downloaded) {
        String kind = file.ref().kind();
        String name = declaredName(file.fileName()).orElseGet(() -> madeUpName(file.ref(), downloaded.filePath()));
        return Attachment.inline(name, contentType(kind, file.mimeType(), name), downloaded.content());
    }

    /** The file name the sender's client gave, without any directory part. */
    private static Optional<String> declaredName(String fileName) {
        String name = SingleLine.clean(fileName);
        if (name == null) {
            return Optional.empty();
        }
        name = SingleLine.clean(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1));
        return Optional.ofNullable(name);
    }

    /** "&lt;kind&gt;-&lt;file_unique_id&gt;.&lt;extension&gt;", e.g. "photo-AQADfake.jpg" or "video-note-AgADfake.mp4". */
    private static String madeUpName(FileRef ref, String filePath) {
        String id = ref.fileUniqueId() != null ? ref.fileUniqueId() : ref.fileId();
        String safeId = UNSAFE_IN_NAME.matcher(id).replaceAll("_");
        return ref.kind().replace('_', '-') + "-" + safeId + "." + extension(ref.kind(), filePath);
    }

    private static String extension(String kind, String filePath) {
        if (filePath != null) {
            int dot = filePath.lastIndexOf('.');
            String extension = dot < 0 ? "" : filePath.substring(dot + 1);
            if (dot > filePath.lastIndexOf('/') && EXTENSION.matcher(extension).matches()) {
                return extension.toLowerCase(Locale.ROOT);
            }
        }
        return DEFAULT_EXTENSIONS.getOrDefault(kind, "bin");
    }

    /** What the message declares, else what the kind implies, else a guess from the name; photos are always JPEG. */
    private static String contentType(String kind, String declared, String name) {
        String mimeType = SingleLine.clean(declared);
        if (!kind.equals("photo") && mimeType != null && MIME_TYPE.matcher(mimeType).matches()) {
            return mimeType.toLowerCase(Locale.ROOT);
        }
        String implied = DEFAULT_TYPES.get(kind);
        if (implied != null) {
            return implied;
        }
        String guessed = URLConnection.guessContentTypeFromName(name);
        return guessed == null ? UNKNOWN_TYPE : guessed;
    }
}
