package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A warden's roster of one zone at an instant: the persons living in it (occupants and their
 * households) and the visitors staying at a hotel in it, with how to reach each.
 *
 * @param wardens the warden first, then the alternates
 */
public record ZoneRoster(WardenZoneId zone, String name, Instant at, List<PersonId> wardens, List<Entry> entries) {
    public ZoneRoster {
        Require.nonNull(zone, "zone");
        Require.nonNull(at, "at");
        wardens = List.copyOf(wardens);
        entries = List.copyOf(entries);
    }

    /** Why a person is on a zone's roster. */
    public enum Role {
        /** Lives in the zone as the residence's occupant. */
        RESIDENT,
        /** Lives in the zone as a member of an occupant's household. */
        HOUSEHOLD,
        /** Stays at a hotel in the zone during a mission. */
        VISITOR
    }

    /**
     * One person on the roster.
     *
     * @param place the residence's address, or the hotel's name; null, like phone, e-mail and until,
     *              when withheld from a warden (the person no longer lives in their zone)
     * @param until when the person leaves (move-out, hotel check-out), if known
     */
    public record Entry(PersonId person, String displayName, String category, Role role, String place,
                        Optional<String> phone, Optional<String> email, Optional<Instant> until) {
        public Entry {
            Require.nonNull(person, "person");
            Require.nonNull(role, "role");
            Require.nonNull(phone, "phone");
            Require.nonNull(email, "email");
            Require.nonNull(until, "until");
        }
    }
}
