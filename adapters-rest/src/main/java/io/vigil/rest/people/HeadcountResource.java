package io.vigil.rest.people;

import io.vigil.people.domain.Headcount;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Who is in the country at an instant, counted. */
public record HeadcountResource(String office, Instant at, int total, Map<String, Integer> byCategory,
                                Map<String, Integer> byOrgUnit) {

    public static HeadcountResource from(Headcount h) {
        Map<String, Integer> categories = new TreeMap<>();
        h.byCategory().forEach((k, v) -> categories.put(k.name(), v));
        return new HeadcountResource(h.office().value(), h.at(), h.total(), categories, new TreeMap<>(h.byOrgUnit()));
    }
}
