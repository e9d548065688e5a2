package io.vigil.testkit;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.LocatorHit;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.Sightings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The locator without any index: every record is checked against the rules of
 * {@link Sightings}. The oracle the real locator is tested against, and the baseline of the
 * locator benchmark.
 */
public final class NaiveLocator {
    private NaiveLocator() {
    }

    /** Every hit among the given records, in {@link LocatorHit#ORDER}, nobody's stays in the country known. */
    public static List<LocatorHit> locate(Collection<Residence> residences, Collection<Mission> missions,
                                          Collection<PositionReport> positions, GeoArea area, TimeWindow window) {
        return locate(residences, missions, positions, List.of(), area, window);
    }

    /** Every hit among the given records, residents placed at home only during their stays, in {@link LocatorHit#ORDER}. */
    public static List<LocatorHit> locate(Collection<Residence> residences, Collection<Mission> missions,
                                          Collection<PositionReport> positions, Collection<Presence> presences,
                                          GeoArea area, TimeWindow window) {
        Map<PersonId, List<Presence>> stays = new HashMap<>();
        presences.forEach(p -> stays.computeIfAbsent(p.person(), x -> new ArrayList<>()).add(p));
        List<LocatorHit> hits = new ArrayList<>();
        for (Residence r : residences) {
            hits.addAll(Sightings.of(r, area, window, stays));
        }
        for (Mission m : missions) {
            hits.addAll(Sightings.of(m, area, window));
        }
        for (PositionReport p : positions) {
            Sightings.of(p, area, window).ifPresent(hits::add);
        }
        hits.sort(LocatorHit.ORDER);
        return hits;
    }
}
