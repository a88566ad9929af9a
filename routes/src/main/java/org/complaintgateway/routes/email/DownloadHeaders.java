package org.complaintgateway.routes.email;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The headers of a served file, safe whatever name and type the sender gave it. */
final class DownloadHeaders {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+");

    private DownloadHeaders() {
    }

    /** The type the mail declared when it is a plain {@code type/subtype}, else {@code application/octet-stream}. */
    static String contentType(String declared) {
        return declared != null && MEDIA_TYPE.matcher(declared).matches() ? declared : "application/octet-stream";
    }

    /**
     * {@code attachment}, with the name as plain ASCII for old clients and in full as RFC 6266's {@code filename*}:
     * the sender chose the name, so quotes, CR/LF and anything outside printable ASCII never reach the header raw.
     */
    static String contentDisposition(String name) {
        if (name == null || name.isBlank()) {
            return "attachment";
        }
        String ascii = name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
