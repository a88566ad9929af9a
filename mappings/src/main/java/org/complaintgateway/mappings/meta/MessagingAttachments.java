package org.complaintgateway.mappings.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.Location;
import org.complaintgateway.mappings.text.SingleLine;

/**
 * The attachments of a Messenger or Instagram message, by reference: each is the {@code payload.url} the event
 * carries. Unlike WhatsApp's media ids, these URLs come with the event and can be read as they are, so no Send or
 * Graph API call per file is needed to get at them, and the intake does not download them; the downstream fetches
 * what it wants to keep. A shared place (Messenger's old {@code location} attachment) becomes the complaint's place.
 */
final class MessagingAttachments {

    /** The files by reference, the shared place (or null), and the attachment types in order, for a placeholder. */
    record Found(List<Attachment> files, Location place, List<String> types) {
    }

    private static final String UNKNOWN_TYPE = "application/octet-stream";
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,5}");
    private static final Pattern UNSAFE_TYPE = Pattern.compile("[^a-z0-9_]");

    private MessagingAttachments() {
    }

    static Found of(JsonNode attachments) {
        List<Attachment> files = new ArrayList<>();
        List<String> types = new ArrayList<>();
        Location place = null;
        if (!attachments.isArray()) {
            return new Found(files, null, types);
        }
        for (JsonNode attachment : attachments) {
            String type = type(attachment);
            types.add(type);
            JsonNode payload = attachment.path("payload");
            if (type.equals("location") && payload.path("coordinates").isObject()) {
                place = location(payload.path("coordinates"), SingleLine.clean(MetaFields.textOrNull(attachment.get("title"))));
                continue;
            }
            String url = SingleLine.clean(MetaFields.textOrNull(payload.get("url")));
            if (url != null && isHttp(url)) {
                files.add(reference(type, files.size() + 1, url));
            }
        }
        return new Found(files, place, types);
    }

    /** A file by reference: its size and SHA-256 are not known without fetching it, so neither is given. */
    private static Attachment reference(String type, int position, String url) {
        String name = type + "-" + position + extension(url);
        String contentType = URLConnection.guessContentTypeFromName(name);
        return Attachment.byReference(name, contentType == null ? UNKNOWN_TYPE : contentType, null, url);
    }

    /** ".jpg" when the URL's path ends in one, else nothing. */
    private static String extension(String url) {
        try {
            String path = new URI(url).getPath();
            int dot = path == null ? -1 : path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/') && EXTENSION.matcher(path.substring(dot + 1)).matches()) {
                return "." + path.substring(dot + 1).toLowerCase(Locale.ROOT);
            }
        } catch (URISyntaxException e) {
            // no extension then
        }
        return "";
    }

    private static boolean isHttp(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static String type(JsonNode attachment) {
        String type = SingleLine.clean(MetaFields.textOrNull(attachment.get("type")));
        String safe = type == null ? "" : UNSAFE_TYPE.matcher(type.toLowerCase(Locale.ROOT)).replaceAll("_");
        return safe.isEmpty() ? "attachment" : safe.substring(0, Math.min(safe.length(), 30));
    }

    private static Location location(JsonNode coordinates, String title) {
        JsonNode latitude = coordinates.path("lat");
        JsonNode longitude = coordinates.path("long");
        if (!latitude.isNumber() || !longitude.isNumber()) {
            throw new UnreadableEvent("message.attachments location without numeric lat and long");
        }
        try {
            return new Location(latitude.asDouble(), longitude.asDouble(), title, null);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent("message.attachments location: " + e.getMessage());
        }
    }
}
