package io.vigil.people.domain;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.store.Versioned;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A warden zone: an outline on the map, the warden who looks after the persons living in it, and
 * the alternates who stand in (in order). Residences are assigned to the zone their location lies
 * in; where outlines overlap, the zone with the smallest id wins, so the assignment is the same
 * whichever order zones were drawn in.
 */
public record WardenZone(WardenZoneId id, OfficeId office, long version, String name, List<GeoPoint> outline,
                         PersonId warden, List<PersonId> alternates) implements Versioned<WardenZoneId, WardenZone> {
    /** Zones by id: the order of listings and of {@link #assigner}'s tie-break. */
    public static final Comparator<WardenZone> BY_ID = Comparator.comparing(z -> z.id().value());

    public WardenZone {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        name = Require.text(name, "name", 200);
        outline = List.copyOf(Require.nonNull(outline, "outline"));
        try {
            GeoArea.polygon(outline);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("area".equals(e.field()) ? "outline" : e.field(), e.reason(), e);
        }
        Require.nonNull(warden, "warden");
        alternates = List.copyOf(Require.nonNull(alternates, "alternates"));
        Require.that(new LinkedHashSet<>(alternates).size() == alternates.size(),
                "alternates", "must name each person once");
        Require.that(!alternates.contains(warden), "alternates", "must not repeat the warden");
    }

    /** The zone's outline as an area. */
    public GeoArea area() {
        return GeoArea.polygon(outline);
    }

    /** The warden first, then the alternates in order. */
    public List<PersonId> wardens() {
        List<PersonId> all = new ArrayList<>(alternates.size() + 1);
        all.add(warden);
        all.addAll(alternates);
        return all;
    }

    /**
     * Which zone a location lies in (edges included), for many locations: the smallest id among the
     * zones containing it, or empty. The outlines are prepared once.
     */
    public static Function<GeoPoint, Optional<WardenZoneId>> assigner(Collection<WardenZone> zones) {
        List<Map.Entry<WardenZoneId, GeoArea>> areas = zones.stream().sorted(BY_ID)
                .map(z -> Map.entry(z.id(), z.area())).toList();
        return location -> areas.stream().filter(a -> a.getValue().contains(location)).findFirst()
                .map(Map.Entry::getKey);
    }

    @Override
    public WardenZone withVersion(long newVersion) {
        return new WardenZone(id, office, newVersion, name, outline, warden, alternates);
    }
}
