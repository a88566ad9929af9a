package org.complaintgateway.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** An absolute http or https URL with a host, and without credentials (they belong in {@code auth}). */
final class HttpUrlValue implements ValueType<URI> {
    private static final String WHAT = "an absolute http or https URL with a host";
    private static final Set<String> SCHEMES = Set.of("http", "https");

    @Override
    public URI read(Node node, Cursor cursor) {
        String text = cursor.scalar(node, WHAT);
        if (text == null) {
            return null;
        }
        if (text.contains("@")) {
            // not quoted back: the part before '@' is probably a password
            cursor.fail(node, "the URL must not contain credentials; put them in downstream.auth as secret references");
            return null;
        }
        URI url = parse(text);
        if (url == null || url.getScheme() == null || !SCHEMES.contains(url.getScheme().toLowerCase(Locale.ROOT))
                || url.getHost() == null) {
            cursor.expected(node, WHAT);
            return null;
        }
        return url;
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
