package io.vigil.risk.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies an assessed venue. */
public record VenueId(UUID value) {
    public VenueId {
        Require.nonNull(value, "venueId");
    }

    /** A new random id. */
    public static VenueId random() {
        return new VenueId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static VenueId of(String text) {
        return new VenueId(Ids.parse(text, "venueId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
