package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.LocatorHit;
import java.util.LinkedHashSet;
import java.util.List;

/** The locator's answer: every hit, each with its reason, ordered by person then time. */
public record LocatorResult(GeoArea area, TimeWindow window, List<LocatorHit> hits) {
    public LocatorResult {
        hits = List.copyOf(hits);
    }

    /** The distinct persons found, in hit order. */
    public List<PersonId> persons() {
        return List.copyOf(new LinkedHashSet<>(hits.stream().map(LocatorHit::person).toList()));
    }
}
