package io.vigil.kernel.geo;

import io.vigil.kernel.InvalidValueException;
/** A WGS 84 position in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidValueException("latitude", "must be between -90 and 90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidValueException("longitude", "must be between -180 and 180, was " + longitude);
        }
    }

    /** A point; latitude first. */
    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }
}
