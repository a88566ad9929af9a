package org.complaintgateway.it.social;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.complaintgateway.mappings.Fixtures;

/**
 * The {@code review-site} channel of {@code config/examples/full.yaml}, read from that file rather than retyped: what
 * the tests run is what admins copy, and an edit to the example that breaks the channel fails here.
 */
final class ExampleWebhookChannel {

    static final String ID = "review-site";
    static final String PATH = "/webhook/review-site";
    /** The example's header and prefix, which the channel item below must keep. */
    static final String SIGNATURE_HEADER = "X-Signature";
    static final String SIGNATURE_PREFIX = "sha256=";
    /** The environment variables the example takes its secrets from. */
    static final String SECRET_VARIABLE = "REVIEW_SITE_SECRET";
    static final String TOKEN_VARIABLE = "REVIEW_SITE_TOKEN";

    private static final String EXAMPLE = "config/examples/full.yaml";

    private ExampleWebhookChannel() {
    }

    /** The channel's list item as the example writes it, comments and all. */
    static String hmacItem() {
        List<String> lines = readExample();
        int start = lines.indexOf("  - id: " + ID);
        if (start < 0) {
            throw new IllegalStateException(EXAMPLE + " has no channel " + ID);
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("  - ") && !isTopLevelKey(lines.get(end))) {
            end++;
        }
        return String.join("\n", lines.subList(start, end)) + "\n";
    }

    /**
     * The same item with the example's alternative taken, as its comment offers: the {@code hmac} block left out and
     * {@code bearer} uncommented; id and path get a suffix so that both can run side by side.
     */
    static String bearerItem(String suffix) {
        List<String> item = new ArrayList<>();
        boolean inHmac = false;
        int hmacIndent = 0;
        for (String line : hmacItem().split("\n")) {
            int indent = line.length() - line.stripLeading().length();
            if (line.stripLeading().startsWith("hmac:")) {
                inHmac = true;
                hmacIndent = indent;
                continue;
            }
            if (inHmac && indent > hmacIndent) {
                continue;
            }
            inHmac = false;
            item.add(line.replace("# bearer:", "bearer:")
                    .replace("id: " + ID, "id: " + ID + suffix)
                    .replace("path: " + PATH + " ", "path: " + PATH + suffix + " "));
        }
        String yaml = String.join("\n", item) + "\n";
        if (!yaml.contains("      bearer: ${env:" + TOKEN_VARIABLE + "}")) {
            throw new IllegalStateException(EXAMPLE + " no longer offers bearer as the example expects:\n" + yaml);
        }
        return yaml;
    }

    private static boolean isTopLevelKey(String line) {
        return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#");
    }

    private static List<String> readExample() {
        try {
            return Files.readAllLines(Fixtures.repositoryFile(EXAMPLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
