package org.complaintgateway.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Complaint ids are UUIDv7 strings, unique, and sort in the order they were created. */
class ComplaintIdsTest {

    @Test
    void newIdIsAVersion7Uuid() {
        UUID id = UUID.fromString(ComplaintIds.newId());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void newIdIsInCanonicalLowerCaseForm() {
        assertThat(ComplaintIds.newId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void idsCreatedLaterSortAfterEarlierOnes() {
        List<String> ids = IntStream.range(0, 10_000).mapToObj(i -> ComplaintIds.newId()).toList();

        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertThat(ids).isEqualTo(sorted);
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }
}
