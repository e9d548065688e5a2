package io.vigil.people.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.store.Versioned;
import io.vigil.kernel.time.TimeWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Where a person lives, with the household living there (dependents), from move-in until
 * move-out. The warden zone is set by the warden system.
 */
public record Residence(ResidenceId id, OfficeId office, long version, PersonId occupant,
                        List<PersonId> household, Address address, GeoPoint location,
                        Optional<WardenZoneId> wardenZone, Instant movedIn, Optional<Instant> movedOut)
        implements Versioned<ResidenceId, Residence> {

    public Residence {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(occupant, "occupant");
        household = List.copyOf(new LinkedHashSet<>(Require.nonNull(household, "household")));
        Require.that(!household.contains(occupant), "household", "must not repeat the occupant");
        Require.nonNull(address, "address");
        Require.nonNull(location, "location");
        Require.nonNull(wardenZone, "wardenZone");
        Require.nonNull(movedIn, "movedIn");
        Require.nonNull(movedOut, "movedOut");
        Require.that(movedOut.map(out -> !out.isBefore(movedIn)).orElse(true), "movedOut", "must not be before movedIn");
    }

    /** Its tenancy: move-in, move-out and zone, as a person's current zone is read ({@link Tenancy#currentZone}). */
    public Tenancy tenancy() {
        return new Tenancy(movedIn, movedOut, wardenZone);
    }

    /** The same residence in another warden zone (or none). */
    public Residence inZone(Optional<WardenZoneId> zone) {
        return new Residence(id, office, version, occupant, household, address, location, zone, movedIn, movedOut);
    }

    @Override
    public Residence withVersion(long newVersion) {
        return new Residence(id, office, newVersion, occupant, household, address, location, wardenZone, movedIn,
                movedOut);
    }

    /**
     * Whether the residence is lived in at some instant of the window: from move-in (included) until
     * move-out (excluded: on the instant of moving out they live elsewhere). The locator and the
     * zone roster both ask this.
     */
    public boolean livedInDuring(TimeWindow window) {
        return window.overlapsEndExcluded(movedIn, movedOut.orElse(null));
    }

    /** The occupant first, then the household. */
    public List<PersonId> residents() {
        List<PersonId> all = new ArrayList<>(household.size() + 1);
        all.add(occupant);
        all.addAll(household);
        return all;
    }
}
