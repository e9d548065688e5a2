package io.vigil.rest.people;

import io.vigil.kernel.PersonId;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.Mission;
import io.vigil.rest.resource.Identified;
import java.util.List;

/** A mission as the API shows it. */
public record MissionResource(String id, String office, long version, String name, String purpose,
                              List<String> members, List<ItineraryLeg> legs, List<HotelStay> stays) implements Identified {

    public static MissionResource from(Mission m) {
        return new MissionResource(m.id().toString(), m.office().value(), m.version(), m.name(), m.purpose(),
                m.members().stream().map(PersonId::toString).toList(), m.legs(), m.stays());
    }
}
