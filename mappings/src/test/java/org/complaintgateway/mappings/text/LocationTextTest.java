package org.complaintgateway.mappings.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintgateway.mappings.model.Location;
import org.junit.jupiter.api.Test;

/** A place reads as its name and address when it has them, and always as coordinates a person can type into a map. */
class LocationTextTest {

    @Test
    void coordinatesAreWrittenWithoutExponent() {
        assertThat(LocationText.describe(new Location(0.00001, -179.5, null, "Somewhere 1")))
                .isEqualTo("Location: Somewhere 1 (0.00001, -179.5)");
    }

    @Test
    void aPinWithoutANameIsItsCoordinates() {
        assertThat(LocationText.describe(new Location(52.520008, 13.404954, null, null)))
                .isEqualTo("Location: 52.520008, 13.404954");
    }

    @Test
    void titleAndAddressAreOneLineEach() {
        assertThat(LocationText.describe(new Location(1.5, 2, "Example\r\nStore", "Main St 1\u0000")))
                .isEqualTo("Location: Example Store, Main St 1 (1.5, 2)");
    }
}
