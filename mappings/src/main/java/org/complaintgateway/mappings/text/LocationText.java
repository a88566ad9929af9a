package org.complaintgateway.mappings.text;

import java.math.BigDecimal;
import org.complaintgateway.mappings.model.Location;

/** A shared place written out as text, so that a reader of the complaint's text alone misses nothing. */
public final class LocationText {

    private LocationText() {
    }

    /** "Location: 52.520008, 13.404954", or with a name "Location: Title, Address (52.520008, 13.404954)". */
    public static String describe(Location place) {
        String coordinates = decimal(place.latitude()) + ", " + decimal(place.longitude());
        String title = SingleLine.clean(place.title());
        String address = SingleLine.clean(place.address());
        String name = title == null ? address : address == null ? title : title + ", " + address;
        return "Location: " + (name == null ? coordinates : name + " (" + coordinates + ")");
    }

    // The shortest decimal that reads back as the same double, never exponent notation ("1.0E-5").
    private static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
