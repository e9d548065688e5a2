package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.Words;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.LocatorHit;
import io.vigil.people.domain.SightingReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The locator's answer: every hit, each with its reason, ordered by person then time; and the
 * residents of the area known to be abroad at the window's end ({@code abroad}), whom no residence
 * hit places there then.
 */
public record LocatorResult(GeoArea area, TimeWindow window, List<LocatorHit> hits, List<Abroad> abroad) {
    public LocatorResult {
        hits = List.copyOf(hits);
        abroad = List.copyOf(abroad);
    }

    /** A result with nobody known abroad. */
    public LocatorResult(GeoArea area, TimeWindow window, List<LocatorHit> hits) {
        this(area, window, hits, List.of());
    }

    /**
     * One reason in plain values, for other contexts: its kind (a {@link SightingReason} name), the
     * place in words ("lives at …", "staying at …"), the point, when it holds (until empty if
     * open-ended) and the id of the record behind it.
     */
    public record Reason(String kind, String place, GeoPoint point, Instant from, Optional<Instant> until,
                         String source) {
        public Reason {
            Require.text(kind, "kind");
            Require.text(place, "place");
            Require.nonNull(point, "point");
            Require.nonNull(from, "from");
            Require.nonNull(until, "until");
            Require.text(source, "source");
        }

        /** The hit's reason in plain values. */
        public static Reason of(LocatorHit h) {
            return new Reason(h.reason().name(), h.detail(), h.where(), h.from(), h.until(), h.source());
        }
    }

    /**
     * A resident of a residence in the area, lived in at the window's end, whose stays in the country
     * show them abroad then: the residence as a reason, and when they last left (if a stay ended
     * before the window's end).
     */
    public record Abroad(PersonId person, Reason residence, Optional<Instant> departed) {
        public Abroad {
            Require.nonNull(person, "person");
            Require.nonNull(residence, "residence");
            Require.nonNull(departed, "departed");
        }
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

    /** Each person found with every reason, in hit order (by time): plain values for other contexts. */
    public Map<PersonId, List<Reason>> sightings() {
        Map<PersonId, List<Reason>> found = new LinkedHashMap<>();
        for (LocatorHit hit : hits) {
            found.computeIfAbsent(hit.person(), p -> new ArrayList<>()).add(Reason.of(hit));
        }
        found.replaceAll((p, reasons) -> List.copyOf(reasons));
        return found;
    }

    /** The distinct persons found, in hit order. */
    public List<PersonId> persons() {
        return List.copyOf(new LinkedHashSet<>(hits.stream().map(LocatorHit::person).toList()));
    }
}
