package org.complaintgateway.it.social;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.complaintgateway.mappings.Fixtures;

/**
 * The providers' payloads the mappings module keeps as fixtures ({@code meta/whatsapp/}, {@code slack/} ...), read
 * from its test-jar on the classpath: the same files its unit tests map, here posted over HTTP.
 */
final class ProviderFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProviderFixtures() {
    }

    static byte[] bytes(String resource) {
        return Fixtures.bytes(resource);
    }

    static JsonNode json(String resource) {
        return json(bytes(resource));
    }

    /** A payload as JSON, e.g. a fixture rewritten by {@link FreshMessages}. */
    static JsonNode json(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code .json} files directly in {@code directory}, e.g. "meta/whatsapp/message-text.json", sorted. */
    static List<String> in(String directory) {
        URL url = Fixtures.class.getResource("/" + directory);
        if (url == null) {
            throw new IllegalArgumentException("no fixture directory " + directory);
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return listed(Path.of(uri), directory);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return listed(jar.provider().getPath(uri), directory);
            } catch (FileSystemAlreadyExistsException e) {
                return listed(Path.of(uri), directory);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> listed(Path dir, String directory) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> directory + "/" + name).sorted().toList();
        }
    }
}
