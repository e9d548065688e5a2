package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Words;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.LocatorHit;
import io.vigil.people.domain.SightingReason;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The kind of a reason in words as {@link #reasons} writes it: {@code HOTEL_STAY} for "hotel stay:
     * staying at …"; empty for text of another form.
     */
    public static Optional<SightingReason> kindOf(String reason) {
        return Arrays.stream(SightingReason.values()).filter(r -> reason.startsWith(Words.of(r) + ": "))
                .findFirst();
    }

    /** The distinct persons found, in hit order. */
    public List<PersonId> persons() {
        return List.copyOf(new LinkedHashSet<>(hits.stream().map(LocatorHit::person).toList()));
    }
}
