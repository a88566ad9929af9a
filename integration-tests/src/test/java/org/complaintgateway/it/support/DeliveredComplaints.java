package org.complaintgateway.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.complaintgateway.mappings.json.ComplaintSchema;

/** The local sink's directory, {@code <protocolNumber>.json} per complaint; every file read is checked against the schema. */
public final class DeliveredComplaints {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(10);

    private final Path directory;

    public DeliveredComplaints(Path directory) {
        this.directory = directory;
    }

    /** Waits for the complaint, asserts it is valid canonical JSON, and returns it. */
    public JsonNode awaitComplaint(String protocolNumber) {
        Path file = directory.resolve(protocolNumber + ".json");
        await().atMost(DELIVERED_WITHIN).until(() -> Files.exists(file));
        try {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(ComplaintSchema.validate(bytes)).as("schema violations of %s", file.getFileName()).isEmpty();
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String protocolNumber) {
        return Files.exists(directory.resolve(protocolNumber + ".json"));
    }

    /** Complaint files written so far (the sink's temporary files excluded). */
    public long count() {
        return protocolNumbers().size();
    }

    /** Every complaint written so far, each asserted valid against the schema. */
    public List<JsonNode> all() {
        return protocolNumbers().stream().map(this::awaitComplaint).toList();
    }

    private List<String> protocolNumbers() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
