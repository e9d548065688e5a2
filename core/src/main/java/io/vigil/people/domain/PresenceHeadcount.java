package io.vigil.people.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The office's persons at an instant counted by {@link Whereabouts} (in the country, abroad, no stay
 * recorded), each by category and by organisation unit. Counts only: no names, no places.
 */
public record PresenceHeadcount(OfficeId office, Instant at, Map<Whereabouts, Tally> tallies) {
    public PresenceHeadcount {
        Require.nonNull(office, "office");
        Require.nonNull(at, "at");
        Map<Whereabouts, Tally> all = new EnumMap<>(Whereabouts.class);
        for (Whereabouts w : Whereabouts.values()) {
            all.put(w, tallies.getOrDefault(w, Tally.EMPTY));
        }
        tallies = Map.copyOf(all);
    }

    /** How many, by category and by organisation unit. */
    public record Tally(int total, Map<PersonCategory, Integer> byCategory, Map<String, Integer> byOrgUnit) {
        static final Tally EMPTY = new Tally(0, Map.of(), Map.of());

        public Tally {
            Require.that(total >= 0, "total", "must not be negative");
            byCategory = Map.copyOf(byCategory);
            byOrgUnit = Map.copyOf(byOrgUnit);
        }
    }

    /** Counts persons given each one's whereabouts. */
    public static PresenceHeadcount of(OfficeId office, Instant at, Map<Person, Whereabouts> persons) {
        Map<Whereabouts, Map<PersonCategory, Integer>> categories = new EnumMap<>(Whereabouts.class);
        Map<Whereabouts, Map<String, Integer>> units = new EnumMap<>(Whereabouts.class);
        Map<Whereabouts, Integer> totals = new EnumMap<>(Whereabouts.class);
        persons.forEach((p, w) -> {
            totals.merge(w, 1, Integer::sum);
            categories.computeIfAbsent(w, x -> new TreeMap<>()).merge(p.category(), 1, Integer::sum);
            units.computeIfAbsent(w, x -> new TreeMap<>()).merge(p.orgUnit(), 1, Integer::sum);
        });
        Map<Whereabouts, Tally> tallies = new EnumMap<>(Whereabouts.class);
        totals.forEach((w, n) -> tallies.put(w, new Tally(n, categories.get(w), units.get(w))));
        return new PresenceHeadcount(office, at, tallies);
    }

    /** The tally of one whereabouts. */
    public Tally of(Whereabouts w) {
        return tallies.get(w);
    }
}
