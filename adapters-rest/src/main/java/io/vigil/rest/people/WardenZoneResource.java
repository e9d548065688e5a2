package io.vigil.rest.people;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.WardenZone;
import io.vigil.rest.resource.Identified;
import java.util.List;

/** A warden zone as the API shows it. */
public record WardenZoneResource(String id, String office, long version, String name, List<GeoPoint> outline,
                                 String warden, List<String> alternates) implements Identified {

    public static WardenZoneResource from(WardenZone z) {
        return new WardenZoneResource(z.id().value(), z.office().value(), z.version(), z.name(), z.outline(),
                z.warden().toString(), z.alternates().stream().map(PersonId::toString).toList());
    }
}
