package org.complaintgateway.mappings.model;

/**
 * A place the customer shared (a map pin, or a venue with its name and address), in WGS 84 degrees. The text of the
 * complaint describes it too; this is the same place for a CRM that wants to show it on a map.
 */
public record Location(double latitude, double longitude, String title, String address) {

    public Location {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be from -90 to 90");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be from -180 to 180");
        }
    }
}
