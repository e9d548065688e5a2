package io.vigil.people.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Who is in the country at an instant, counted by category and by organisation unit. */
public record Headcount(OfficeId office, Instant at, int total, Map<PersonCategory, Integer> byCategory,
                        Map<String, Integer> byOrgUnit) {
    public Headcount {
        Require.nonNull(office, "office");
        Require.nonNull(at, "at");
        byCategory = Map.copyOf(byCategory);
        byOrgUnit = Map.copyOf(byOrgUnit);
    }

    /** Counts the given persons. */
    public static Headcount of(OfficeId office, Instant at, Iterable<Person> present) {
        Map<PersonCategory, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byUnit = new TreeMap<>();
        int total = 0;
        for (Person p : present) {
            total++;
            byCategory.merge(p.category(), 1, Integer::sum);
            byUnit.merge(p.orgUnit(), 1, Integer::sum);
        }
        return new Headcount(office, at, total, byCategory, byUnit);
    }
}
