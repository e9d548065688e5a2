package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Words;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.LocatorHit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The locator's answer: every hit, each with its reason, ordered by person then time. */
public record LocatorResult(GeoArea area, TimeWindow window, List<LocatorHit> hits) {
    public LocatorResult {
        hits = List.copyOf(hits);
    }

    /**
     * Each person found with the first reason in words ("residence: …", "hotel stay: …"), in hit
     * order: plain values for other contexts.
     */
    public Map<PersonId, String> reasons() {
        Map<PersonId, String> reasons = new LinkedHashMap<>();
        for (LocatorHit hit : hits) {
            reasons.putIfAbsent(hit.person(), Words.of(hit.reason()) + ": " + hit.detail());
        }
        return reasons;
    }

    /** The distinct persons found, in hit order. */
    public List<PersonId> persons() {
        return List.copyOf(new LinkedHashSet<>(hits.stream().map(LocatorHit::person).toList()));
    }
}
