package io.vigil.rest.people;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.Residence;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;

/** A residence as the API shows it. */
public record ResidenceResource(String id, String office, long version, String occupant, List<String> household,
                                Address address, GeoPoint location, String wardenZone, Instant movedIn,
                                Instant movedOut) implements Identified {

    public static ResidenceResource from(Residence r) {
        return new ResidenceResource(r.id().toString(), r.office().value(), r.version(), r.occupant().toString(),
                r.household().stream().map(PersonId::toString).toList(), r.address(), r.location(),
                r.wardenZone().map(WardenZoneId::value).orElse(null), r.movedIn(), r.movedOut().orElse(null));
    }
}
