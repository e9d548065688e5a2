package io.vigil.movement.application;

import io.vigil.kernel.RefusedException;
import io.vigil.movement.domain.ProgrammeItem;
import io.vigil.movement.domain.VenueStanding;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.port.out.VisitClearances;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A visit as the trip its members' clearances ask for: a road leg between each two programme items
 * that follow each other at assessed venues, in the order of their start, from the venue of the first
 * when it ends to that of the next when it starts.
 */
final class VisitTrips {
    private VisitTrips() {
    }

    static Set<UUID> venueIds(Visit v) {
        return v.programme().stream().map(ProgrammeItem::venue).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    static VisitClearances.Trip trip(Visit v, String criticality, Map<UUID, VenueStanding> venues) {
        List<ProgrammeItem> at = v.programme().stream()
                .filter(i -> i.venue().map(venues::containsKey).orElse(false))
                .sorted(Comparator.comparing(ProgrammeItem::from)).toList();
        List<VisitClearances.Leg> legs = new ArrayList<>();
        for (int i = 1; i < at.size(); i++) {
            ProgrammeItem from = at.get(i - 1);
            ProgrammeItem to = at.get(i);
            VenueStanding a = venues.get(from.venue().orElseThrow());
            VenueStanding b = venues.get(to.venue().orElseThrow());
            if (to.from().isAfter(from.to())) {
                legs.add(new VisitClearances.Leg(a.name(), a.location(), b.name(), b.location(), from.to(),
                        to.from()));
            }
        }
        if (legs.isEmpty()) {
            throw RefusedException.because("visit " + v.id() + " needs two programme items at assessed venues, one"
                    + " after the other, to make the trip its members' clearances ask for");
        }
        return new VisitClearances.Trip("Visit: " + v.title(), criticality, legs);
    }
}
