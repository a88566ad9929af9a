package org.complaintgateway.routes.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.complaintgateway.routes.store.OutboxItem;

/**
 * The embedded default's sink: each complaint becomes {@code <protocolNumber>.json} in a directory.
 * Written to a temporary file and moved into place, so a reader never sees half a complaint and a
 * repeated delivery overwrites the same file instead of adding one.
 */
public final class LocalDownstream implements Downstream {

    private final Path directory;

    public LocalDownstream(Path directory) {
        this.directory = directory;
    }

    @Override
    public DeliveryOutcome send(OutboxItem item) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(item.protocolNumber() + ".json");
            Path temp = directory.resolve("." + item.id() + ".tmp");
            Files.write(temp, item.payload());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new DeliveryOutcome.Delivered(201);
        } catch (IOException e) {
            return new DeliveryOutcome.Retry("cannot write to " + directory + ": " + e.getMessage(), null);
        }
    }
}
