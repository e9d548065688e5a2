package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * What a caller says about a residence: who lives there, where, and since when. The warden zone
 * is assigned from the office's drawn zones when it has any (leave it out); offices without drawn
 * zones may name one. Limits: a household of up to 30 persons; street of 200 characters, district,
 * city and country of 100.
 */
public record ResidenceDetails(
        @NotNull PersonId occupant,
        @NotNull @Size(max = 30) List<@NotNull PersonId> household,
        @NotNull Address address,
        @NotNull GeoPoint location,
        WardenZoneId wardenZone,
        @NotNull Instant movedIn,
        Instant movedOut) {

    public ResidenceDetails {
        household = household == null ? List.of() : household;
    }
}
